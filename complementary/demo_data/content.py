"""Demo content of the complementary panel, taken from the seed documents (../shared/seeds):
the MTPE press releases (000, 001), the Directiva and its legal base (002), the systematisation
of the service (003) and the 2011–2014 action plan's regional workshops (004)."""

NEWS = [
    {
        "title": {
            "es": "El MTPE destacó los logros alcanzados en la gestión migratoria laboral",
            "en": "The Ministry of Labour highlights its achievements in labour migration management",
        },
        "slug": {
            "es": "mtpe-destaco-logros-en-gestion-migratoria-laboral",
            "en": "ministry-highlights-labour-migration-achievements",
        },
        "scope": "national",
        "published_on": "2011-02-18",
        "summary": {
            "es": "Se presentó la guía para el proceso migratorio entre el Perú y Madrid y se dieron a conocer los resultados del servicio Perú Infomigra: 15 234 visitas y 388 atenciones personalizadas.",
            "en": "The guide to migrating from Peru to Madrid was presented, together with the results of the Perú Infomigra service: 15,234 visits and 388 personal consultations.",
        },
        "body": {
            "es": (
                "<p>Lima, 18 de febrero. Se presentó con éxito la guía para el proceso migratorio entre el Perú y Madrid, elaborada como respuesta a la necesidad de información y orientación social y jurídica sobre el proceso migratorio. La guía es un medio de consulta para conocer los tipos de documentación, como el visado y los contratos de trabajo, el costo de vida, la búsqueda de vivienda y de ofertas de empleo, entre otros temas, según explicó Katia Hablützel, coordinadora del Colectivo Integral de Desarrollo.</p>"
                "<p>«La migración tiene un origen natural», con estas palabras el viceministro de Promoción del Empleo y Capacitación Laboral, Javier Barreda Jara, inició la presentación. Se expusieron los logros del servicio Perú Infomigra, que brinda información y orientación veraz y confiable sobre el proceso migratorio laboral a través de la ventanilla de atención, el portal web y el correo electrónico.</p>"
                "<p>El servicio está dirigido a los peruanos con interés de trabajar en el exterior, a quienes residen y trabajan fuera del Perú, a los connacionales que desean retornar y a los extranjeros que quieren trabajar en el Perú, incluidos los trabajadores migrantes andinos. A la fecha, el portal ha recibido 15 234 visitas y se han realizado 388 atenciones personalizadas. El portal está enlazado con Empleos Perú, Revalora Perú, Projoven y los gobiernos regionales de Ica, Lambayeque, Ucayali y Piura.</p>"
                "<p>También se presentaron el Sistema Virtual del Trabajador Migrante Andino (SIVITMA), la guía básica para el migrante laboral y el proyecto de fortalecimiento de los gobiernos regionales y locales en la gestión de la migración laboral. Participaron como fuentes cooperantes el Colectivo Integral de Desarrollo (CID), la Cruz Roja Española, la cooperación de la ciudad de Madrid y Codesarrollo.</p>"
            ),
            "en": (
                "<p>Lima, 18 February. The guide to the migration process between Peru and Madrid was successfully presented. It was produced in response to the need for social and legal information and guidance on migrating, and explains the documents required, such as visas and employment contracts, the cost of living, and how to look for housing and job offers, among other topics, said Katia Hablützel, coordinator of the Colectivo Integral de Desarrollo.</p>"
                "<p>“Migration has a natural origin”: with these words the Vice-Minister for Employment Promotion and Vocational Training, Javier Barreda Jara, opened the presentation. The achievements of the Perú Infomigra service were set out: truthful and reliable information and guidance on labour migration through the service desk, the website and e-mail.</p>"
                "<p>The service is for Peruvians who want to work abroad, those who live and work outside Peru, nationals who wish to return, and foreigners who want to work in Peru, including Andean migrant workers. So far the website has received 15,234 visits and staff have given 388 personal consultations. The portal is linked with Empleos Perú, Revalora Perú, Projoven and the regional governments of Ica, Lambayeque, Ucayali and Piura.</p>"
                "<p>The Andean Migrant Worker Online System (SIVITMA), the basic guide for labour migrants and the project to strengthen regional and local governments in labour migration management were also presented. The cooperating partners were the Colectivo Integral de Desarrollo (CID), the Spanish Red Cross, the City of Madrid's development cooperation and Codesarrollo.</p>"
            ),
        },
        "source_name": "Ministerio de Trabajo y Promoción del Empleo",
        "source_url": "https://www.gob.pe/mtpe",
    },
    {
        "title": {
            "es": "El SIVITMA, el servicio Perú Infomigra y programas del MTPE, reconocidos como buenas prácticas en gestión pública 2011",
            "en": "SIVITMA, the Perú Infomigra service and Ministry of Labour programmes recognised as good practices in public management 2011",
        },
        "slug": {
            "es": "sivitma-y-peru-infomigra-buenas-practicas-2011",
            "en": "sivitma-and-peru-infomigra-good-practices-2011",
        },
        "scope": "national",
        "published_on": "2011-07-15",
        "summary": {
            "es": "Ciudadanos al Día reconoció al SIVITMA y a Perú Infomigra como buenas prácticas en gestión pública 2011.",
            "en": "Ciudadanos al Día recognised SIVITMA and Perú Infomigra as good practices in public management in 2011.",
        },
        "body": {
            "es": (
                "<p>El Sistema Virtual del Trabajador Migrante Andino (SIVITMA) y el servicio Perú Infomigra, del Ministerio de Trabajo y Promoción del Empleo, fueron reconocidos como Buena Práctica en Gestión Pública 2011 por la organización Ciudadanos al Día (CAD). También fueron reconocidos otros programas del MTPE: Projoven, Construyendo Perú y Revalora Perú.</p>"
                "<p>Perú Infomigra compite en la categoría Servicio de Atención al Ciudadano y el SIVITMA en la categoría Simplificación de Trámites. Los ganadores se darán a conocer el miércoles 20 de julio en una ceremonia de premiación.</p>"
                "<h2>Servicio Perú Infomigra</h2>"
                "<p>Brinda información y orientación sobre el proceso de la migración laboral para facilitar una decisión consciente e informada y promover la empleabilidad y la tutela de los derechos sociolaborales. Tiene cuatro líneas de acción: peruanos con interés de trabajar en el exterior, peruanos que desean retornar al Perú, connacionales que trabajan en el exterior y extranjeros que trabajan o quieren trabajar en el Perú, incluidos los trabajadores migrantes andinos. Atiende en su portal web, por correo electrónico (peruinfomigra@mintra.gob.pe) y de forma personalizada en el MTPE y en la DIGEMIN. Desde el 23 de julio de 2010 ha recibido más de 32 000 visitas de diversos países.</p>"
                "<h2>SIVITMA</h2>"
                "<p>Entró en operación el 11 de enero de 2011. Permite expedir por internet la constancia del trabajador migrante andino y aprobar automáticamente el contrato. Hasta la fecha se han inscrito 1231 contratos.</p>"
            ),
            "en": (
                "<p>The Andean Migrant Worker Online System (SIVITMA) and the Perú Infomigra service of the Ministry of Labour and Employment Promotion were recognised as a Good Practice in Public Management 2011 by the organisation Ciudadanos al Día (CAD). Other Ministry programmes — Projoven, Construyendo Perú and Revalora Perú — were also recognised.</p>"
                "<p>Perú Infomigra competes in the Citizen Service category and SIVITMA in the Simplification of Procedures category. The winners will be announced at an award ceremony on Wednesday 20 July.</p>"
                "<h2>The Perú Infomigra service</h2>"
                "<p>It provides information and guidance on labour migration so that people can make a conscious and informed decision, and it promotes employability and the protection of workers' rights. It has four lines of action: Peruvians who want to work abroad, Peruvians who wish to return to Peru, nationals working abroad, and foreigners who work or want to work in Peru, including Andean migrant workers. It answers through its website, by e-mail (peruinfomigra@mintra.gob.pe) and in person at the Ministry of Labour and at DIGEMIN. Since 23 July 2010 it has received more than 32,000 visits from many countries.</p>"
                "<h2>SIVITMA</h2>"
                "<p>It started operating on 11 January 2011. It issues the Andean migrant worker certificate online and approves the employment contract automatically. So far 1,231 contracts have been registered.</p>"
            ),
        },
        "source_name": "Ministerio de Trabajo y Promoción del Empleo",
        "source_url": "https://www.gob.pe/mtpe",
    },
]

_INDUCTION = {
    "es": "Taller de Inducción y sensibilización en Gestión de las Migraciones Laborales para el desarrollo de capacidades de autoridades y funcionarios de los Gobiernos Regionales y Locales",
    "en": "Induction and awareness workshop on labour migration management for regional and local government authorities and officials",
}
_MANAGEMENT = {
    "es": "Taller de Gestión de la Migración Laboral desde los Gobiernos Regionales y Locales. Una alternativa de generación de desarrollo",
    "en": "Workshop on labour migration management by regional and local governments: an alternative for development",
}
_ORGANISER = {
    "es": "Dirección de Migración Laboral – MTPE",
    "en": "Labour Migration Directorate – Ministry of Labour",
}
_PLAN = {
    "es": "<p>Forma parte del «Plan de actuación de fortalecimiento a los gobiernos regionales y locales en el marco de la gestión de la migración laboral» 2011–2014 del Ministerio de Trabajo y Promoción del Empleo, que empieza con la inducción y sensibilización de autoridades y funcionarios regionales y locales en codesarrollo, migración circular, retorno productivo, certificación de competencias laborales y lucha contra la trata de personas y el tráfico de migrantes.</p>",
    "en": "<p>Part of the Ministry of Labour's 2011–2014 action plan to strengthen regional and local governments in labour migration management, which begins by introducing regional and local authorities and officials to co-development, circular migration, productive return, certification of skills and the fight against human trafficking and migrant smuggling.</p>",
}


def _workshop(number, kind, slug, date, region, venue, source, participants, note):
    title = _INDUCTION if kind == "induction" else _MANAGEMENT
    return {
        "title": {"es": f"{number} {title['es']}", "en": f"{title['en']} ({number})"},
        "slug": slug,
        "kind": "workshop",
        "starts_at": f"{date}T00:00",
        "all_day": True,
        "region": region,
        "country": "PE",
        "venue": venue,
        "organiser": _ORGANISER,
        "cooperating_source": source,
        "participants": participants,
        "participants_note": note,
        "summary": {
            "es": "Taller para autoridades y funcionarios de gobiernos regionales y locales sobre la gestión de la migración laboral.",
            "en": "Workshop for regional and local government authorities and officials on labour migration management.",
        },
        "body": _PLAN,
    }


MIGRANDINA = "Proyecto MIGRANDINA – OIT"
IOM = "Organización Internacional para las Migraciones (OIM)"

EVENTS = [
    _workshop(
        "I", "induction",
        {"es": "i-taller-induccion-callao-2011", "en": "induction-workshop-callao-2011"},
        "2011-03-11", "callao", "Club Regatas Unión de La Punta, Callao", MIGRANDINA, 32,
        {
            "es": "Representantes del Gobierno Regional del Callao, de la Municipalidad Provincial del Callao y de las municipalidades distritales de Carmen de la Legua Reynoso y Bellavista.",
            "en": "Representatives of the Regional Government of Callao, the Provincial Municipality of Callao and the district municipalities of Carmen de la Legua Reynoso and Bellavista.",
        },
    ),
    _workshop(
        "II", "induction",
        {"es": "ii-taller-induccion-huacho-2011", "en": "induction-workshop-huacho-2011"},
        "2011-03-22", "lima", "Hotel Casa Blanca, Huacho", MIGRANDINA, 37,
        {
            "es": "Representantes del Gobierno Regional de Lima, de municipalidades provinciales como Huaura y Cajatambo y de las municipalidades distritales de Huacho, Supe, Supe Puerto, Barranca y Chancay.",
            "en": "Representatives of the Regional Government of Lima, provincial municipalities such as Huaura and Cajatambo, and the district municipalities of Huacho, Supe, Supe Puerto, Barranca and Chancay.",
        },
    ),
    _workshop(
        "III", "induction",
        {"es": "iii-taller-induccion-canete-2011", "en": "induction-workshop-canete-2011"},
        "2011-03-25", "lima", "Hotel Qia Eco Lodge, Cañete", MIGRANDINA, 25,
        {
            "es": "La municipalidad provincial y la distrital de Cañete y las municipalidades distritales de San Luis, San Antonio y Mala.",
            "en": "The provincial and district municipalities of Cañete and the district municipalities of San Luis, San Antonio and Mala.",
        },
    ),
    _workshop(
        "I", "management",
        {"es": "i-taller-gestion-tumbes-2011", "en": "management-workshop-tumbes-2011"},
        "2011-04-01", "tumbes", "Hotel Costa del Sol, Tumbes", IOM, 45,
        {
            "es": "Diversas municipalidades distritales de los departamentos de Tumbes y Piura.",
            "en": "District municipalities of the departments of Tumbes and Piura.",
        },
    ),
    _workshop(
        "IV", "induction",
        {"es": "iv-taller-induccion-lima-2011", "en": "induction-workshop-lima-2011"},
        "2011-04-17", "lima-metropolitana", "Lima", MIGRANDINA, None,
        {
            "es": "Diversos representantes de la ciudad de Lima.",
            "en": "Representatives from the city of Lima.",
        },
    ),
    _workshop(
        "II", "management",
        {"es": "ii-taller-gestion-trujillo-2011", "en": "management-workshop-trujillo-2011"},
        "2011-04-29", "la-libertad", "Trujillo", IOM, None,
        {
            "es": "Representantes de los departamentos de La Libertad y San Martín.",
            "en": "Representatives of the departments of La Libertad and San Martín.",
        },
    ),
    _workshop(
        "III", "management",
        {"es": "iii-taller-gestion-tacna-2011", "en": "management-workshop-tacna-2011"},
        "2011-05-06", "tacna", "Tacna", IOM, None,
        {
            "es": "Representantes de los departamentos de Tacna y Moquegua.",
            "en": "Representatives of the departments of Tacna and Moquegua.",
        },
    ),
    _workshop(
        "IV", "management",
        {"es": "iv-taller-gestion-chiclayo-2011", "en": "management-workshop-chiclayo-2011"},
        "2011-05-13", "lambayeque", "Hotel Costa del Sol, Chiclayo", IOM, 32,
        {
            "es": "Representantes de los departamentos de Lambayeque, Cajamarca, Amazonas y San Martín.",
            "en": "Representatives of the departments of Lambayeque, Cajamarca, Amazonas and San Martín.",
        },
    ),
]  # fmt: skip

NORMS = [
    {
        "scope": "national", "kind": "law", "number": "Ley N.° 29381",
        "title": {
            "es": "Ley de Organización y Funciones del Ministerio de Trabajo y Promoción del Empleo",
            "en": "Law on the Organisation and Functions of the Ministry of Labour and Employment Promotion",
        },
        "issued_on": "2009-06-16",
        "summary": {
            "es": "<p>Su artículo 5, numeral 5.1, atribuye al Ministerio de Trabajo y Promoción del Empleo competencia exclusiva en materia de migración laboral.</p>",
            "en": "<p>Article 5.1 gives the Ministry of Labour and Employment Promotion exclusive competence over labour migration.</p>",
        },
        "url": "https://www.gob.pe/mtpe",
    },
    {
        "scope": "national", "kind": "supreme_decree", "number": "D. S. N.° 004-2010-TR",
        "title": {
            "es": "Reglamento de Organización y Funciones del Ministerio de Trabajo y Promoción del Empleo",
            "en": "Regulation on the Organisation and Functions of the Ministry of Labour and Employment Promotion",
        },
        "issued_on": None,
        "summary": {
            "es": "<p>Crea la Dirección de Migración Laboral dentro de la Dirección General de Promoción del Empleo; su artículo 67 fija sus funciones, entre ellas diseñar mecanismos de orientación para una migración laboral regular y acompañar al retornado en su reinserción laboral.</p>",
            "en": "<p>Creates the Labour Migration Directorate within the Directorate-General for Employment Promotion; its article 67 sets out its functions, including designing guidance mechanisms for regular labour migration and supporting returnees' return to work.</p>",
        },
        "url": "https://www.gob.pe/mtpe",
    },
    {
        "scope": "national", "kind": "resolution", "number": "R. V. M. N.° 002-2011-MTPE/3",
        "title": {
            "es": "Aprueba la Directiva General N.° 001-2011-MTPE/3/17, «Directiva que regula el Servicio de Información y Orientación Perú Infomigra»",
            "en": "Approves General Directive No. 001-2011-MTPE/3/17, which regulates the Perú Infomigra information and guidance service",
        },
        "issued_on": "2011-03-03",
        "summary": {
            "es": "<p>Resolución viceministerial que aprueba la directiva del servicio y dispone su publicación.</p>",
            "en": "<p>Vice-ministerial resolution approving the service's directive and ordering its publication.</p>",
        },
        "url": "https://www.gob.pe/mtpe",
    },
    {
        "scope": "national", "kind": "directive", "number": "Directiva General N.° 001-2011-MTPE/3/17",
        "title": {
            "es": "Directiva que regula el Servicio de Información y Orientación Perú Infomigra",
            "en": "Directive regulating the Perú Infomigra information and guidance service",
        },
        "issued_on": "2011-03-03",
        "summary": {
            "es": "<p>Establece los estándares comunes del servicio: sus modalidades (portal web, ventanillas de atención y correo electrónico), sus beneficiarios, sus líneas de acción, la estructura del portal, el seguimiento mensual y las responsabilidades de cada área.</p>",
            "en": "<p>Sets the common standards of the service: its channels (website, service desks and e-mail), beneficiaries, lines of action, the structure of the portal, monthly monitoring and each unit's responsibilities.</p>",
        },
        "url": "https://www.gob.pe/mtpe",
    },
    {
        "scope": "national", "kind": "supreme_decree", "number": "D. S. N.° 001-2012-TR",
        "title": {
            "es": "Aprueba la Ventanilla Única de Promoción del Empleo",
            "en": "Approves the One-Stop Shop for Employment Promotion",
        },
        "issued_on": None,
        "summary": {
            "es": "<p>Integra en la Ventanilla Única de Promoción del Empleo los servicios de promoción del empleo y capacitación laboral, entre ellos la orientación al migrante.</p>",
            "en": "<p>Brings employment promotion and vocational training services, including guidance for migrants, together in the One-Stop Shop for Employment Promotion.</p>",
        },
        "url": "https://www.gob.pe/mtpe",
    },
    {
        "scope": "international", "kind": "andean_decision", "number": "Decisión 545",
        "title": {
            "es": "Instrumento Andino de Migración Laboral",
            "en": "Andean Labour Migration Instrument",
        },
        "issued_on": "2003-06-25",
        "summary": {
            "es": "<p>Norma de la Comunidad Andina que permite la libre circulación y permanencia de los nacionales de Bolivia, Colombia, Ecuador y el Perú como trabajadores en los otros países miembros, con igualdad de trato. En el Perú, el contrato de un trabajador andino se registra en línea en <a href=\"/es/sivitma/registro/\">SIVITMA</a>.</p>",
            "en": "<p>Andean Community rule that allows nationals of Bolivia, Colombia, Ecuador and Peru to move and stay as workers in the other member countries, with equal treatment. In Peru, an Andean worker's contract is registered online in <a href=\"/en/sivitma/register/\">SIVITMA</a>.</p>",
        },
        "url": "https://comunidadandina.org/temas/dg-dec/migracion-y-movilidad-humana",
    },
    {
        # Decision 878: approved on 12 May 2021 by the Andean Council of Foreign Ministers
        # (Revista Acuerdos, Colombian Ministry of Trade, 11 April 2022); its content as the
        # Andean Community's page on migration describes it. The Official Gazette of the
        # Cartagena Agreement where it was published is not confirmed here: left empty.
        "scope": "international", "kind": "andean_decision", "number": "Decisión 878",
        "title": {
            "es": "Estatuto Migratorio Andino",
            "en": "Andean Migration Statute",
        },
        "issued_on": "2021-05-12",
        "summary": {
            "es": "<p>Regula la circulación y la residencia de los ciudadanos andinos y sus familias en los otros países miembros. Crea la Residencia Temporal Andina, de hasta dos años, y la Residencia Permanente Andina, que se pide dentro de los noventa días anteriores al vencimiento de la temporal. Reconoce la no discriminación, el trato nacional, la reunificación familiar, el derecho a la educación, el voto en el ámbito local y la transferencia de remesas. Para trabajar en el Perú como trabajador andino, ver también la <a href=\"/es/panel/sivitma/\">Decisión 545 y el registro de contratos (SIVITMA)</a>.</p>",
            "en": "<p>Regulates the movement and residence of Andean citizens and their families in the other member countries. It creates the Andean Temporary Residence, for up to two years, and the Andean Permanent Residence, applied for within the ninety days before the temporary one expires. It recognises non-discrimination, national treatment, family reunification, the right to education, voting in local elections and the transfer of remittances. To work in Peru as an Andean worker, see also <a href=\"/en/panel/sivitma/\">Decision 545 and the contract register (SIVITMA)</a>.</p>",
        },
        "url": "https://comunidadandina.org/temas/dg-dec/migracion-y-movilidad-humana",
    },
    {
        "scope": "international", "kind": "andean_decision", "number": "Decisión 583",
        "title": {
            "es": "Instrumento Andino de Seguridad Social",
            "en": "Andean Social Security Instrument",
        },
        "issued_on": "2004-05-07",
        "summary": {
            "es": "<p>Busca garantizar a los migrantes laborales andinos y a sus beneficiarios la igualdad de trato y la conservación de los derechos de seguridad social adquiridos en otro país miembro.</p>",
            "en": "<p>Aims to guarantee Andean migrant workers and their dependants equal treatment and the keeping of social security rights acquired in another member country.</p>",
        },
        "url": "https://comunidadandina.org/temas/dg-dec/migracion-y-movilidad-humana",
    },
    {
        "scope": "national", "kind": "law", "number": "Ley N.° 30001",
        "title": {
            "es": "Ley de Reinserción Económica y Social para el Migrante Retornado",
            "en": "Law on the Economic and Social Reintegration of Returning Migrants",
        },
        "issued_on": None,
        "summary": {
            "es": "<p>Da incentivos a los peruanos que retornan después de vivir en el extranjero, como la internación libre de tributos de menaje de casa, un vehículo e instrumentos o equipos de trabajo, y crea la Tarjeta del Migrante Retornado.</p>",
            "en": "<p>Gives incentives to Peruvians returning after living abroad, such as tax-free import of household goods, a vehicle and work tools or equipment, and creates the Returning Migrant Card.</p>",
        },
        "url": "https://www.gob.pe/rree",
    },
    {
        "scope": "national", "kind": "law", "number": "Ley N.° 28182",
        "title": {
            "es": "Ley de Incentivos Migratorios",
            "en": "Migration Incentives Law",
        },
        "issued_on": None,
        "summary": {
            "es": "<p>Antecedente de la Ley N.° 30001: ofrecía beneficios tributarios a los peruanos que retornaban al país.</p>",
            "en": "<p>Predecessor of Law No. 30001: it offered tax benefits to Peruvians returning to the country.</p>",
        },
        "url": "",
    },
    {
        "scope": "national", "kind": "legislative_decree", "number": "Decreto Legislativo N.° 689",
        "title": {
            "es": "Ley para la Contratación de Trabajadores Extranjeros",
            "en": "Law on the Employment of Foreign Workers",
        },
        "issued_on": None,
        "summary": {
            "es": "<p>Regula la contratación de trabajadores extranjeros en el Perú: límites al porcentaje de trabajadores y de remuneraciones, contrato escrito aprobado por la Autoridad Administrativa de Trabajo y casos exonerados.</p>",
            "en": "<p>Regulates the employment of foreign workers in Peru: limits on their share of staff and payroll, a written contract approved by the labour authority, and exempt cases.</p>",
        },
        "url": "https://www.gob.pe/mtpe",
    },
    {
        "scope": "national", "kind": "legislative_decree", "number": "Decreto Legislativo N.° 1350",
        "title": {
            "es": "Decreto Legislativo de Migraciones",
            "en": "Legislative Decree on Migration",
        },
        "issued_on": "2017-01-07",
        "summary": {
            "es": "<p>Regula el ingreso, la permanencia y la salida de extranjeros del Perú y sus calidades migratorias, incluida la de trabajador; la aplica la Superintendencia Nacional de Migraciones.</p>",
            "en": "<p>Regulates the entry, stay and departure of foreigners in Peru and their immigration statuses, including the worker status; applied by the National Superintendency of Migration.</p>",
        },
        "url": "https://www.gob.pe/migraciones",
    },
    {
        "scope": "national", "kind": "law", "number": "Ley N.° 29733",
        "title": {
            "es": "Ley de Protección de Datos Personales",
            "en": "Personal Data Protection Law",
        },
        "issued_on": "2011-07-03",
        "summary": {
            "es": "<p>Protege los datos personales y fija los derechos de sus titulares: información, acceso, rectificación, cancelación y oposición. Rige los datos que este portal recibe en sus formularios.</p>",
            "en": "<p>Protects personal data and sets the rights of data subjects: information, access, rectification, erasure and objection. It governs the data this portal receives through its forms.</p>",
        },
        "url": "https://www.gob.pe/minjus",
    },
]  # fmt: skip

STUDIES = [
    {
        "title": {
            "es": "Perú: Estadísticas de la Emigración Internacional de Peruanos e Inmigración de Extranjeros, 1990–2011",
            "en": "Peru: Statistics on the International Emigration of Peruvians and the Immigration of Foreigners, 1990–2011",
        },
        "authors": "INEI, Superintendencia Nacional de Migraciones (DIGEMIN), OIM",
        "publisher": "Instituto Nacional de Estadística e Informática",
        "year": 2012,
        "topic": "emigration",
        "abstract": {
            "es": "<p>Serie estadística elaborada por el INEI, la autoridad migratoria y la OIM a partir de los registros de entradas y salidas del país: cuántos peruanos emigraron y no retornaron, a qué países, con qué edad, sexo y ocupación, y cuántos extranjeros llegaron al Perú.</p>",
            "en": "<p>Statistical series produced by INEI, the migration authority and IOM from the records of entries and exits: how many Peruvians emigrated and did not return, to which countries, with what age, sex and occupation, and how many foreigners came to Peru.</p>",
        },
        "url": "https://www.inei.gob.pe",
    },
    {
        "title": {
            "es": "Migración en el Perú: Perfil Migratorio 2012",
            "en": "Migration in Peru: Migration Profile 2012",
        },
        "authors": "Organización Internacional para las Migraciones (OIM)",
        "publisher": "OIM",
        "year": 2012,
        "topic": "abroad",
        "abstract": {
            "es": "<p>Perfil de la migración internacional del Perú: emigración, inmigración, retorno, remesas y marco normativo e institucional.</p>",
            "en": "<p>Profile of Peru's international migration: emigration, immigration, return, remittances, and the legal and institutional framework.</p>",
        },
        "url": "https://peru.iom.int",
    },
    {
        "title": {
            "es": "Primera Encuesta Nacional de la Juventud Peruana (ENAJUV 2011)",
            "en": "First National Survey of Peruvian Youth (ENAJUV 2011)",
        },
        "authors": "Secretaría Nacional de la Juventud (SENAJU)",
        "publisher": "SENAJU",
        "year": 2011,
        "topic": "emigration",
        "abstract": {
            "es": "<p>Encuesta nacional sobre la juventud peruana. Entre otros temas mide las expectativas de migrar: según la sistematización del servicio Perú Infomigra, el 48,2 % de los jóvenes tenía expectativa de vivir en otro país y, de ellos, el 38 % planeaba migrar en los tres años siguientes.</p>",
            "en": "<p>National survey of Peruvian youth. Among other topics it measures expectations of migrating: according to the systematisation of the Perú Infomigra service, 48.2% of young people expected to live in another country and 38% of them planned to migrate within the following three years.</p>",
        },
        "url": "https://juventud.gob.pe",
    },
    {
        "title": {
            "es": "Sistematización del servicio de información y orientación al migrante y su familia – Perú Infomigra",
            "en": "Systematisation of the information and guidance service for migrants and their families – Perú Infomigra",
        },
        "authors": "Ministerio de Trabajo y Promoción del Empleo; Programa Conjunto «Juventud, Empleo y Migración»",
        "publisher": "Ministerio de Trabajo y Promoción del Empleo",
        "year": 2012,
        "topic": "labour_market",
        "abstract": {
            "es": "<p>Recoge la puesta en marcha del servicio Perú Infomigra, desde su diseño con el apoyo del Programa Conjunto de las Naciones Unidas hasta su integración en la Ventanilla Única de Promoción del Empleo: logros, dificultades y lecciones, como la necesidad de registrar cada atención para contar con una base de datos completa.</p>",
            "en": "<p>Describes how the Perú Infomigra service was set up, from its design with the support of the United Nations Joint Programme to its integration into the One-Stop Shop for Employment Promotion: achievements, difficulties and lessons, such as the need to record every consultation to have a complete database.</p>",
        },
        "url": "https://www.gob.pe/mtpe",
    },
]

LINKS = [
    {"category": "public", "name": {"es": "Ministerio de Trabajo y Promoción del Empleo", "en": "Ministry of Labour and Employment Promotion"}, "url": "https://www.gob.pe/mtpe", "description": {"es": "Trámites, servicios de empleo y normas laborales.", "en": "Procedures, employment services and labour rules."}},
    {"category": "public", "name": {"es": "Superintendencia Nacional de Migraciones", "en": "National Superintendency of Migration"}, "url": "https://www.gob.pe/migraciones", "description": {"es": "Pasaportes, calidades migratorias y carné de extranjería.", "en": "Passports, immigration statuses and foreigner ID cards."}},
    {"category": "public", "name": {"es": "Ministerio de Relaciones Exteriores", "en": "Ministry of Foreign Affairs"}, "url": "https://www.gob.pe/rree", "description": {"es": "Servicios consulares, legalizaciones y apoyo a peruanos en el exterior.", "en": "Consular services, legalisations and support for Peruvians abroad."}},
    {"category": "public", "name": {"es": "Consulados del Perú", "en": "Consulates of Peru"}, "url": "https://www.consulado.pe", "description": {"es": "Páginas de los consulados peruanos en el mundo.", "en": "Websites of Peru's consulates around the world."}},
    {"category": "public", "name": {"es": "Superintendencia Nacional de Fiscalización Laboral (SUNAFIL)", "en": "National Superintendency of Labour Inspection (SUNAFIL)"}, "url": "https://www.gob.pe/sunafil", "description": {"es": "Denuncias por incumplimiento de derechos laborales en el Perú.", "en": "Complaints about breaches of labour rights in Peru."}},
    {"category": "public", "name": {"es": "EsSalud", "en": "EsSalud (social health insurance)"}, "url": "https://www.gob.pe/essalud", "description": {"es": "Seguro social de salud de los trabajadores.", "en": "Workers' social health insurance."}},
    {"category": "public", "name": {"es": "Instituto Nacional de Estadística e Informática (INEI)", "en": "National Institute of Statistics and Informatics (INEI)"}, "url": "https://www.inei.gob.pe", "description": {"es": "Estadísticas de empleo y de migración internacional.", "en": "Employment and international migration statistics."}},
    {"category": "labour_market", "name": {"es": "Empleos Perú", "en": "Empleos Perú (public job portal)"}, "url": "https://www.empleosperu.gob.pe", "description": {"es": "Bolsa de trabajo pública del Servicio Nacional del Empleo.", "en": "Public job board of the National Employment Service."}},
    {"category": "labour_market", "name": {"es": "EURES – Portal europeo de la movilidad profesional", "en": "EURES – European job mobility portal"}, "url": "https://eures.europa.eu", "description": {"es": "Información sobre los mercados de trabajo de la Unión Europea.", "en": "Information on the labour markets of the European Union."}},
    {"category": "international", "name": {"es": "Organización Internacional para las Migraciones (OIM) – Perú", "en": "International Organization for Migration (IOM) – Peru"}, "url": "https://peru.iom.int", "description": {"es": "Migración segura, retorno voluntario asistido y reintegración.", "en": "Safe migration, assisted voluntary return and reintegration."}},
    {"category": "international", "name": {"es": "Organización Internacional del Trabajo (OIT)", "en": "International Labour Organization (ILO)"}, "url": "https://www.ilo.org", "description": {"es": "Normas internacionales del trabajo y migración laboral.", "en": "International labour standards and labour migration."}},
    {"category": "international", "name": {"es": "Comunidad Andina", "en": "Andean Community"}, "url": "https://www.comunidadandina.org", "description": {"es": "Decisiones andinas sobre migración laboral y seguridad social.", "en": "Andean decisions on labour migration and social security."}},
    {"category": "international", "name": {"es": "ACNUR – Agencia de la ONU para los Refugiados", "en": "UNHCR – the UN Refugee Agency"}, "url": "https://www.acnur.org", "description": {"es": "Protección de personas refugiadas y solicitantes de asilo.", "en": "Protection of refugees and asylum seekers."}},
    {"category": "ngo", "name": {"es": "Cruz Roja Peruana", "en": "Peruvian Red Cross"}, "url": "https://www.cruzroja.org.pe", "description": {"es": "Ayuda humanitaria, también a personas migrantes.", "en": "Humanitarian help, including for migrants."}},
]  # fmt: skip

FAQS = [
    {"line": 1, "question": {"es": "¿Puedo viajar como turista y buscar trabajo en el país de destino?", "en": "Can I travel as a tourist and look for work at my destination?"}, "answer": {"es": "<p>No es recomendable: en los cinco principales destinos (Estados Unidos, España, Italia, Chile y Argentina) una entrada como turista no permite trabajar, y trabajar sin permiso te expone a abusos, a perder tus derechos y a ser expulsado. Revisa en la guía de cada país cómo se obtiene el permiso de trabajo antes de viajar.</p>", "en": "<p>It is not advisable: in the five main destinations (the United States, Spain, Italy, Chile and Argentina) entering as a tourist does not allow you to work, and working without a permit exposes you to abuse, loss of rights and removal. Check each country's guide for how to get a work permit before you travel.</p>"}},
    {"line": 1, "question": {"es": "¿Cómo reconozco una oferta de trabajo falsa?", "en": "How can I recognise a fake job offer?"}, "answer": {"es": "<p>Desconfía si te piden dinero por adelantado para un contrato o un visado, si te prometen sueldos muy altos sin experiencia, si no hay un contrato escrito o si te piden entregar tu pasaporte. Ante la duda consulta a Perú Infomigra o al consulado del país de destino; si sospechas de trata de personas llama gratis a la línea 1818.</p>", "en": "<p>Be wary if you are asked to pay in advance for a contract or visa, are promised very high pay without experience, get no written contract, or are asked to hand over your passport. If in doubt, ask Perú Infomigra or the destination country's consulate; if you suspect human trafficking, call the free 1818 line.</p>"}},
    {"line": 1, "question": {"es": "¿Qué documentos debo llevar antes de viajar a trabajar?", "en": "Which documents should I take before travelling to work?"}, "answer": {"es": "<p>Pasaporte vigente, el visado o permiso que corresponda, tu contrato de trabajo, y tus títulos y certificados apostillados (y traducidos si el país lo exige). Guarda copias digitales y regístrate en el consulado del Perú al llegar.</p>", "en": "<p>A valid passport, the right visa or permit, your employment contract, and your qualifications and certificates with an apostille (and translated if the country requires it). Keep digital copies and register with the Peruvian consulate when you arrive.</p>"}},
    {"line": 2, "question": {"es": "¿Qué beneficios tengo si retorno al Perú?", "en": "What benefits do I have if I return to Peru?"}, "answer": {"es": "<p>La Ley N.° 30001 permite a los peruanos que retornan, si cumplen los requisitos, internar sin pagar tributos su menaje de casa, un vehículo e instrumentos o equipos de trabajo, y acceder a la Tarjeta del Migrante Retornado. Revisa las condiciones vigentes en la sección de programas y legislación de esta línea.</p>", "en": "<p>Law No. 30001 allows returning Peruvians who meet its requirements to bring in their household goods, a vehicle and work tools or equipment free of taxes, and to obtain the Returning Migrant Card. Check the current conditions in the programmes and legislation section of this line.</p>"}},
    {"line": 2, "question": {"es": "¿El Ministerio de Trabajo me ayuda a encontrar empleo al volver?", "en": "Does the Ministry of Labour help me find a job when I return?"}, "answer": {"es": "<p>Sí. Los Centros de Empleo y la bolsa de trabajo Empleos Perú ofrecen orientación, intermediación laboral y capacitación gratuitas, y puedes certificar las competencias laborales que adquiriste en el extranjero.</p>", "en": "<p>Yes. The Employment Centres and the Empleos Perú job board offer free guidance, job matching and training, and you can have the work skills you gained abroad certified.</p>"}},
    {"line": 2, "question": {"es": "¿Puedo pedir ayuda para un retorno voluntario?", "en": "Can I get help to return voluntarily?"}, "answer": {"es": "<p>La Organización Internacional para las Migraciones (OIM) y algunos países de destino, como España, tienen programas de retorno voluntario asistido con requisitos propios. Consulta la sección de programas de los países de origen y de la OIM.</p>", "en": "<p>The International Organization for Migration (IOM) and some destination countries, such as Spain, run assisted voluntary return programmes with their own requirements. See the section on destination-country and IOM programmes.</p>"}},
    {"line": 3, "question": {"es": "¿Puedo sumar los años que trabajé en España o Chile para mi pensión?", "en": "Can the years I worked in Spain or Chile count towards my pension?"}, "answer": {"es": "<p>Sí, el Perú tiene convenios de seguridad social con España y con Chile que permiten sumar periodos de cotización para obtener una pensión. Revisa la sección de convenios bilaterales de esta línea.</p>", "en": "<p>Yes, Peru has social security agreements with Spain and with Chile that allow contribution periods to be added up to obtain a pension. See the bilateral agreements section of this line.</p>"}},
    {"line": 3, "question": {"es": "¿A quién acudo si tengo un problema laboral en el extranjero?", "en": "Who can I turn to if I have a work problem abroad?"}, "answer": {"es": "<p>A la autoridad laboral del país donde trabajas (inspección de trabajo), al consulado del Perú y a las organizaciones de apoyo al migrante. Encontrarás sus datos en el directorio de instituciones de apoyo y en cada guía de país.</p>", "en": "<p>The labour authority of the country where you work (labour inspection), the Peruvian consulate and migrant support organisations. You will find their details in the directory of support institutions and in each country guide.</p>"}},
    {"line": 3, "question": {"es": "¿Cómo hago llegar una inquietud o sugerencia a la Dirección de Migración Laboral?", "en": "How can I send a concern or suggestion to the Labour Migration Directorate?"}, "answer": {"es": "<p>Por el espacio «La voz del migrante» de esta línea o escribiendo a peruinfomigra@mintra.gob.pe.</p>", "en": "<p>Through the “Migrant's voice” space of this line or by writing to peruinfomigra@mintra.gob.pe.</p>"}},
    {"line": 4, "question": {"es": "Soy colombiano, ¿qué necesito para trabajar en el Perú?", "en": "I am Colombian: what do I need to work in Peru?"}, "answer": {"es": "<p>Como nacional de un país de la Comunidad Andina puedes acogerte a la Decisión 545: tu empleador registra tu contrato de trabajo ante el Ministerio de Trabajo y luego regularizas tu situación migratoria ante la Superintendencia Nacional de Migraciones.</p>", "en": "<p>As a national of an Andean Community country you can rely on Decision 545: your employer registers your employment contract with the Ministry of Labour and you then regularise your immigration status with the National Superintendency of Migration.</p>"}},
    {"line": 4, "question": {"es": "¿Hay límites para contratar trabajadores extranjeros en el Perú?", "en": "Are there limits on hiring foreign workers in Peru?"}, "answer": {"es": "<p>Sí. El Decreto Legislativo N.° 689 limita, salvo excepciones, el número de trabajadores extranjeros y la parte de la planilla que pueden representar, y exige un contrato escrito aprobado por la Autoridad Administrativa de Trabajo. Los nacionales andinos se rigen por la Decisión 545.</p>", "en": "<p>Yes. Legislative Decree No. 689 limits, with exceptions, the number of foreign workers and their share of the payroll, and requires a written contract approved by the labour authority. Andean nationals are covered by Decision 545.</p>"}},
    {"line": 4, "question": {"es": "¿Tengo los mismos derechos laborales que un trabajador peruano?", "en": "Do I have the same labour rights as a Peruvian worker?"}, "answer": {"es": "<p>Sí: remuneración mínima, jornada, descansos, beneficios sociales y seguridad social según tu régimen. Si tu empleador no los respeta puedes acudir a la SUNAFIL.</p>", "en": "<p>Yes: minimum pay, working hours, rest, social benefits and social security according to your scheme. If your employer does not respect them you can go to SUNAFIL.</p>"}},
    {"line": None, "question": {"es": "¿El servicio Perú Infomigra tiene algún costo?", "en": "Does the Perú Infomigra service cost anything?"}, "answer": {"es": "<p>No. La información y la orientación son gratuitas, en el portal, por correo electrónico y en las ventanillas de atención.</p>", "en": "<p>No. Information and guidance are free, on the website, by e-mail and at the service desks.</p>"}},
    {"line": None, "question": {"es": "¿Perú Infomigra ofrece trabajos en el extranjero?", "en": "Does Perú Infomigra offer jobs abroad?"}, "answer": {"es": "<p>No. Perú Infomigra informa y orienta para que decidas con información veraz; no intermedia ni ofrece puestos de trabajo en el extranjero. Desconfía de quien diga ofrecer empleo en su nombre.</p>", "en": "<p>No. Perú Infomigra informs and guides you so that you can decide with truthful information; it does not broker or offer jobs abroad. Be wary of anyone who claims to offer work in its name.</p>"}},
    {"line": None, "question": {"es": "¿Dónde me pueden atender en persona?", "en": "Where can I be attended in person?"}, "answer": {"es": "<p>En la ventanilla Perú Infomigra del Ministerio de Trabajo y Promoción del Empleo (Av. Salaverry 655, Jesús María, Lima) y en las direcciones regionales de trabajo que brindan el servicio.</p>", "en": "<p>At the Perú Infomigra desk of the Ministry of Labour and Employment Promotion (Av. Salaverry 655, Jesús María, Lima) and at the regional labour directorates that offer the service.</p>"}},
]  # fmt: skip

PAGES = [
    {
        "key": "sivitma",
        "slug": {"es": "sivitma", "en": "sivitma"},
        "title": {
            "es": "SIVITMA: Sistema Virtual del Trabajador Migrante Andino",
            "en": "SIVITMA: Andean Migrant Worker Online System",
        },
        "summary": {
            "es": "El registro virtual de los contratos de trabajo de nacionales de Bolivia, Colombia y Ecuador que trabajan o vienen a trabajar en el Perú.",
            "en": "Online registration of the employment contracts of nationals of Bolivia, Colombia and Ecuador who work, or come to work, in Peru.",
        },
        "audience": {
            "es": "Empleadores en el Perú y trabajadores de la Comunidad Andina (Bolivia, Colombia y Ecuador).",
            "en": "Employers in Peru and workers from the Andean Community (Bolivia, Colombia and Ecuador).",
        },
        "body": {
            "es": (
                "<p>El SIVITMA es el sistema del Ministerio de Trabajo y Promoción del Empleo para registrar por internet los contratos de trabajo celebrados con trabajadores de la Comunidad Andina que vienen o se encuentran laborando en el Perú, en aplicación de la <a href=\"/es/lineas/trabajar-en-el-peru/ciudadanos-de-la-comunidad-andina/\">Decisión 545</a>, Instrumento Andino de Migración Laboral (Directiva General N.° 001-2011-MTPE/3/17, numeral 5.4.5).</p>"
                "<p>Entró en operación el 11 de enero de 2011 y permite emitir por internet la constancia del trabajador migrante andino y aprobar automáticamente el contrato; en sus primeros meses se inscribieron más de 1200 contratos. En 2011 fue reconocido como buena práctica en gestión pública en la categoría de simplificación de trámites.</p>"
                "<h2>Cómo se hace hoy</h2>"
                "<p>El empleador (o el propio trabajador) registra el contrato <a href=\"/es/sivitma/registro/\">en este portal</a>, sin crear una cuenta: con el RUC del empleador, el documento de identidad del trabajador y el contrato firmado en PDF. Si el contrato cumple las reglas, se aprueba al instante y se emite la constancia, que cualquiera puede verificar con su código QR; si no, el sistema explica qué corregir. Con el contrato registrado, el trabajador regulariza su situación ante la Superintendencia Nacional de Migraciones.</p>"
            ),
            "en": (
                "<p>SIVITMA is the Ministry of Labour and Employment Promotion's system for registering online the employment contracts of Andean Community workers who come to, or already work in, Peru, under <a href=\"/en/lines/working-in-peru/andean-community-nationals/\">Decision 545</a>, the Andean Labour Migration Instrument (General Directive No. 001-2011-MTPE/3/17, section 5.4.5).</p>"
                "<p>It started operating on 11 January 2011. It issues the Andean migrant worker certificate online and approves the contract automatically; more than 1,200 contracts were registered in its first months. In 2011 it was recognised as a good practice in public management in the simplification of procedures category.</p>"
                "<h2>How it is done today</h2>"
                "<p>The employer (or the worker) registers the contract <a href=\"/en/sivitma/register/\">on this portal</a>, without creating an account: with the employer's RUC, the worker's identity document and the signed contract as a PDF. If the contract meets the rules, it is approved at once and the certificate is issued, which anyone can verify with its QR code; if not, the system explains what to correct. Once the contract is registered, the worker regularises their status with the National Superintendency of Migration.</p>"
            ),
        },
        "action_label": {"es": "Registrar un contrato en SIVITMA", "en": "Register a contract in SIVITMA"},
        "action_url": {"es": "/es/sivitma/registro/", "en": "/en/sivitma/register/"},
    },
    {
        "key": "retorno-productivo",
        "slug": {"es": "plataforma-retorno-productivo", "en": "productive-return-platform"},
        "title": {
            "es": "Plataforma para el Retorno Productivo",
            "en": "Productive Return Platform",
        },
        "summary": {
            "es": "Para peruanos en el exterior que quieren volver y trabajar o emprender en el Perú.",
            "en": "For Peruvians abroad who want to come back and work or start a business in Peru.",
        },
        "audience": {
            "es": "Peruanos que residen en el extranjero y planean retornar al Perú.",
            "en": "Peruvians living abroad who plan to return to Peru.",
        },
        "body": {
            "es": (
                "<p>La Plataforma para el Retorno Productivo recoge la información de los peruanos que piensan retornar —su ocupación, sus competencias, su formación, la región a la que volverán y lo que necesitan— para ofrecerles un retorno asistido e insertarse en el mercado de trabajo peruano (Directiva General N.° 001-2011-MTPE/3/17, numerales 5.4.2 y 5.4.5).</p>"
                "<p>Con los programas y servicios del Ministerio de Trabajo y Promoción del Empleo puede ofrecer:</p>"
                "<ul><li>intermediación laboral: ofertas de empleo y orientación en los Centros de Empleo;</li>"
                "<li>asistencia técnica para el autoempleo y planes de negocio;</li>"
                "<li>capacitación laboral;</li>"
                "<li>certificación de las competencias laborales adquiridas en el extranjero.</li></ul>"
                "<p>Regístrate en el formulario de la plataforma: recibirás un número de referencia y el equipo de la Dirección de Migración Laboral se pondrá en contacto contigo.</p>"
            ),
            "en": (
                "<p>The Productive Return Platform gathers information from Peruvians who plan to return — their occupation, skills, education, the region they will go back to and what they need — in order to offer them an assisted return and help them into the Peruvian labour market (General Directive No. 001-2011-MTPE/3/17, sections 5.4.2 and 5.4.5).</p>"
                "<p>Through the programmes and services of the Ministry of Labour and Employment Promotion it can offer:</p>"
                "<ul><li>job matching: vacancies and guidance at the Employment Centres;</li>"
                "<li>technical assistance for self-employment and business plans;</li>"
                "<li>vocational training;</li>"
                "<li>certification of the work skills gained abroad.</li></ul>"
                "<p>Register with the platform's form: you will get a reference number and the Labour Migration Directorate's team will contact you.</p>"
            ),
        },
        "action_label": {"es": "Registrarme en la plataforma", "en": "Register on the platform"},
        "action_url": {"es": "/es/retorno-productivo/registro/", "en": "/en/productive-return/register/"},
    },
]
