"""Demo content for the four action lines of Perú InfoMigra (§5.4.1–5.4.4), the labour-market
indicators of line 2 and the agreements of lines 3 and 4.

Plain data, read by lines/demo.py. Format: lines/demo_data/FORMAT.md. Facts checked 2026-11-23.
"""

LINES = [
    # ------------------------------------------------------------------------------------------
    # LÍNEA 01 — §5.4.1
    # ------------------------------------------------------------------------------------------
    {
        "number": 1,
        "slug": {"es": "vas-a-trabajar-en-el-extranjero", "en": "going-to-work-abroad"},
        "title": {"es": "¿Vas a trabajar en el extranjero?", "en": "Are you going to work abroad?"},
        "menu_label": {"es": "Trabajar en el extranjero", "en": "Working abroad"},
        "audience": {"es": "Potencial migrante", "en": "Prospective migrant"},
        "intro": {
            "es": "<p>Esta línea sigue el itinerario de una peruana o un peruano que piensa trabajar fuera del país: desde la decisión de migrar hasta los primeros pasos en el país de destino. Infórmate antes de decidir y viaja siempre por vías regulares.</p>",
            "en": "<p>This line follows the path of a Peruvian who is thinking of working abroad: from the decision to migrate to the first steps in the country of destination. Get informed before you decide, and always travel through regular channels.</p>",
        },
        "sections": [
            {
                "slug": {"es": "primeras-consideraciones", "en": "first-considerations"},
                "title": {"es": "Primeras consideraciones", "en": "First considerations"},
                "summary": {
                    "es": "Antes de decidir, piensa en lo que implica migrar y aprende a reconocer las ofertas fraudulentas y la trata de personas.",
                    "en": "Before you decide, think about what migrating involves and learn to recognise fraudulent job offers and human trafficking.",
                },
                "body": {
                    "es": "<p>Migrar para trabajar puede mejorar tu vida y la de tu familia, pero también supone costos y riesgos: separación familiar, deudas para pagar el viaje, dificultades para que se reconozcan tus estudios, un idioma o un clima distintos y, al inicio, empleos por debajo de tu calificación. Decide con información objetiva, no solo con las historias de éxito que circulan.</p>"
                    "<h3>Migra por vías regulares</h3>"
                    "<ul><li>Para trabajar en otro país casi siempre necesitas una autorización de trabajo o un visado específico; entrar como turista no te permite trabajar.</li>"
                    "<li>Trabajar en situación irregular te deja sin protección frente a abusos, sin seguridad social y expuesto a la expulsión.</li></ul>"
                    "<h3>Desconfía de las ofertas fraudulentas</h3>"
                    "<ul><li>Desconfía de quien te pide dinero por adelantado para conseguirte un empleo o un visado, te promete sueldos muy altos sin requisitos o te pide que le entregues tu pasaporte.</li>"
                    "<li>Verifica que la agencia de empleo esté registrada ante el Ministerio de Trabajo y Promoción del Empleo (MTPE) y pide siempre un contrato por escrito que entiendas.</li>"
                    "<li>Si sospechas de un caso de trata de personas, denúncialo a la Línea 1818 del Ministerio del Interior.</li></ul>"
                    "<p>Puedes consultar tus dudas en los módulos y el correo del servicio Perú InfoMigra.</p>",
                    "en": "<p>Migrating for work can improve your life and your family's, but it also involves costs and risks: separation from your family, debts to pay for the journey, difficulties getting your studies recognised, a different language or climate and, at first, jobs below your qualifications. Decide on the basis of objective information, not only on the success stories that circulate.</p>"
                    "<h3>Migrate through regular channels</h3>"
                    "<ul><li>To work in another country you almost always need a work authorisation or a specific visa; entering as a tourist does not allow you to work.</li>"
                    "<li>Working irregularly leaves you unprotected against abuse, without social security and at risk of removal.</li></ul>"
                    "<h3>Beware of fraudulent offers</h3>"
                    "<ul><li>Be wary of anyone who asks for money in advance to get you a job or a visa, promises very high wages with no requirements or asks you to hand over your passport.</li>"
                    "<li>Check that the employment agency is registered with the Ministry of Labour and Employment Promotion (MTPE), and always ask for a written contract you understand.</li>"
                    "<li>If you suspect a case of human trafficking, report it to the Ministry of the Interior's hotline 1818.</li></ul>"
                    "<p>You can bring your questions to the Perú InfoMigra service desks and e-mail service.</p>",
                },
                "group": {"es": "", "en": ""},
                "component": "",
                "last_reviewed": "2026-11-23",
                "sources": [
                    {"title": {"es": "Organización Internacional para las Migraciones (OIM) – Perú", "en": "International Organization for Migration (IOM) – Peru"}, "url": "https://peru.iom.int/"},
                    {"title": {"es": "Ministerio de Trabajo y Promoción del Empleo", "en": "Ministry of Labour and Employment Promotion"}, "url": "https://www.gob.pe/mtpe"},
                    {"title": {"es": "Ministerio del Interior", "en": "Ministry of the Interior"}, "url": "https://www.gob.pe/mininter"},
                ],
                "programmes": [],
            },
            {
                "slug": {"es": "mercado-laboral-peruano", "en": "peruvian-labour-market"},
                "title": {"es": "Situación del mercado laboral peruano", "en": "The Peruvian labour market"},
                "summary": {
                    "es": "Antes de irte, revisa las oportunidades de empleo y capacitación que ofrece el Servicio Nacional del Empleo en el Perú.",
                    "en": "Before you leave, look at the job and training opportunities offered in Peru by the National Employment Service.",
                },
                "body": {
                    "es": "<p>Migrar no es la única salida. Antes de tomar la decisión, compara lo que podrías ganar afuera, descontando el costo de vida del país de destino, con las oportunidades que existen en el Perú.</p>"
                    "<p>El Servicio Nacional del Empleo del MTPE, a través de la plataforma <a href=\"https://www.empleosperu.gob.pe/\">Empleos Perú</a> y de los Centros de Empleo de las regiones, ofrece de forma gratuita:</p>"
                    "<ul><li>una bolsa de trabajo con ofertas de empresas de todo el país;</li>"
                    "<li>asesoría para la búsqueda de empleo y orientación vocacional;</li>"
                    "<li>el Certificado Único Laboral, que reúne en un solo documento tus datos de identidad, antecedentes y trayectoria educativa y laboral;</li>"
                    "<li>información sobre capacitación laboral y certificación de competencias.</li></ul>"
                    "<p>En la línea «¿Vas a retornar al Perú?» encontrarás además indicadores del mercado de trabajo peruano (remuneración mínima, desempleo, ingresos e informalidad) que te ayudarán a comparar.</p>",
                    "en": "<p>Migrating is not the only option. Before deciding, compare what you could earn abroad, after the cost of living in the destination country, with the opportunities available in Peru.</p>"
                    "<p>The MTPE's National Employment Service, through the <a href=\"https://www.empleosperu.gob.pe/\">Empleos Perú</a> platform and the regional Employment Centres, offers free of charge:</p>"
                    "<ul><li>a job board with vacancies from companies all over the country;</li>"
                    "<li>job-search advice and career guidance;</li>"
                    "<li>the Certificado Único Laboral (single employment certificate), which brings together your identity data, records and educational and work history in one document;</li>"
                    "<li>information on job training and certification of skills.</li></ul>"
                    "<p>In the line \"Are you returning to Peru?\" you will also find Peruvian labour-market indicators (minimum wage, unemployment, income and informality) to help you compare.</p>",
                },
                "group": {"es": "", "en": ""},
                "component": "",
                "last_reviewed": "2026-11-23",
                "sources": [
                    {"title": {"es": "Empleos Perú – Servicio Nacional del Empleo", "en": "Empleos Perú – National Employment Service"}, "url": "https://www.empleosperu.gob.pe/"},
                    {"title": {"es": "Ministerio de Trabajo y Promoción del Empleo", "en": "Ministry of Labour and Employment Promotion"}, "url": "https://www.gob.pe/mtpe"},
                ],
                "programmes": [],
            },
            {
                "slug": {"es": "mercado-laboral-en-el-extranjero", "en": "labour-markets-abroad"},
                "title": {"es": "Situación del mercado laboral en el extranjero", "en": "Labour markets abroad"},
                "summary": {
                    "es": "Fuentes oficiales para conocer los mercados de trabajo de la Unión Europea, la Comunidad Andina y del mundo.",
                    "en": "Official sources on the labour markets of the European Union, the Andean Community and the world.",
                },
                "body": {
                    "es": "<p>Infórmate en fuentes oficiales sobre la demanda de trabajadores, los salarios y las condiciones del país al que piensas ir:</p>"
                    "<ul><li><strong>Unión Europea – <a href=\"https://eures.europa.eu/\">EURES</a>:</strong> el portal europeo de la movilidad laboral publica ofertas de empleo e información sobre las condiciones de vida y de trabajo en cada país. Ten en cuenta que la libre circulación es para ciudadanos europeos: como nacional peruano necesitarás, en general, una autorización de trabajo del país de destino.</li>"
                    "<li><strong><a href=\"https://www.comunidadandina.org/\">Comunidad Andina</a>:</strong> Bolivia, Colombia, Ecuador y el Perú. Gracias a la Decisión 545 (Instrumento Andino de Migración Laboral), un trabajador peruano puede trabajar en los otros países miembros con igualdad de trato respecto de los nacionales.</li>"
                    "<li><strong><a href=\"https://www.ilo.org/es\">Organización Internacional del Trabajo (OIT)</a>:</strong> estadísticas laborales de todos los países y normas internacionales sobre los derechos de los trabajadores migrantes.</li></ul>"
                    "<p>Compara los salarios con el costo de vivienda, transporte y alimentación del lugar de destino.</p>",
                    "en": "<p>Use official sources to learn about the demand for workers, wages and conditions in the country you are thinking of going to:</p>"
                    "<ul><li><strong>European Union – <a href=\"https://eures.europa.eu/\">EURES</a>:</strong> the European job mobility portal publishes vacancies and information on living and working conditions in each country. Bear in mind that free movement applies to European citizens: as a Peruvian national you will generally need a work authorisation from the destination country.</li>"
                    "<li><strong><a href=\"https://www.comunidadandina.org/\">Andean Community</a>:</strong> Bolivia, Colombia, Ecuador and Peru. Under Decision 545 (Andean Labour Migration Instrument), a Peruvian worker may work in the other member countries with equal treatment to nationals.</li>"
                    "<li><strong><a href=\"https://www.ilo.org/\">International Labour Organization (ILO)</a>:</strong> labour statistics for every country and international standards on the rights of migrant workers.</li></ul>"
                    "<p>Compare wages with the cost of housing, transport and food at your destination.</p>",
                },
                "group": {"es": "", "en": ""},
                "component": "",
                "last_reviewed": "2026-11-23",
                "sources": [
                    {"title": {"es": "EURES – Portal europeo de la movilidad laboral", "en": "EURES – European job mobility portal"}, "url": "https://eures.europa.eu/"},
                    {"title": {"es": "Comunidad Andina", "en": "Andean Community"}, "url": "https://www.comunidadandina.org/"},
                    {"title": {"es": "Organización Internacional del Trabajo", "en": "International Labour Organization"}, "url": "https://www.ilo.org/"},
                ],
                "programmes": [],
            },
            {
                "slug": {"es": "tramites-permiso-de-trabajo", "en": "work-permit-procedures"},
                "title": {"es": "Trámites administrativos para obtener un permiso de trabajo", "en": "Administrative procedures to obtain a work permit"},
                "summary": {
                    "es": "Cómo se obtiene la autorización para trabajar en los cinco principales países de destino de los peruanos.",
                    "en": "How to obtain authorisation to work in the five main destination countries of Peruvians.",
                },
                "body": {
                    "es": "<p>Cada país decide quién puede trabajar en su territorio y con qué documento. Por eso, el primer paso de una migración laboral regular es conocer el procedimiento del país de destino: qué tipo de visado o autorización necesitas, quién lo solicita (tú o tu empleador), dónde se presenta y cuánto tarda.</p>"
                    "<p>A continuación encontrarás los procedimientos de los cinco principales países de destino de los peruanos: Estados Unidos, España, Italia, Chile y Argentina. Cada ficha remite a las fuentes oficiales del país correspondiente.</p>"
                    "<ul><li>Consulta siempre el consulado o la autoridad migratoria del país de destino: los requisitos cambian con frecuencia.</li>"
                    "<li>Prepara con tiempo tus documentos peruanos (pasaporte, certificados de antecedentes, títulos apostillados) y sus traducciones, si hacen falta.</li>"
                    "<li>Nadie puede venderte un visado: los trámites se hacen ante las autoridades del país, sin intermediarios obligatorios.</li></ul>",
                    "en": "<p>Each country decides who may work on its territory and with what document. The first step of regular labour migration is therefore to know the destination country's procedure: what kind of visa or authorisation you need, who applies for it (you or your employer), where it is filed and how long it takes.</p>"
                    "<p>Below you will find the procedures of the five main destination countries of Peruvians: the United States, Spain, Italy, Chile and Argentina. Each sheet refers to the official sources of the country concerned.</p>"
                    "<ul><li>Always check with the consulate or the migration authority of the destination country: requirements change often.</li>"
                    "<li>Prepare your Peruvian documents in good time (passport, criminal record certificates, apostilled diplomas) and their translations, if needed.</li>"
                    "<li>Nobody can sell you a visa: procedures are carried out with the country's authorities, with no compulsory intermediaries.</li></ul>",
                },
                "group": {"es": "", "en": ""},
                "component": "work_permits",
                "last_reviewed": "2026-11-23",
                "sources": [
                    {"title": {"es": "Ministerio de Relaciones Exteriores del Perú", "en": "Ministry of Foreign Affairs of Peru"}, "url": "https://www.gob.pe/rree"},
                    {"title": {"es": "Superintendencia Nacional de Migraciones", "en": "National Superintendency of Migration"}, "url": "https://www.gob.pe/migraciones"},
                ],
                "programmes": [],
            },
            {
                "slug": {"es": "tramites-y-consejos-antes-de-viajar", "en": "before-you-travel"},
                "title": {"es": "Trámites y consejos antes de viajar", "en": "Procedures and advice before you travel"},
                "summary": {
                    "es": "Lista de comprobación para quienes ya obtuvieron su permiso de trabajo y se preparan para viajar.",
                    "en": "A checklist for those who already have their work permit and are getting ready to travel.",
                },
                "body": {
                    "es": "<p>Si ya tienes tu permiso o visado de trabajo, prepara el viaje con calma:</p>"
                    "<ul><li><strong>Pasaporte:</strong> verifica que esté vigente durante toda tu estancia; se tramita ante la Superintendencia Nacional de Migraciones.</li>"
                    "<li><strong>Documentos:</strong> lleva originales y copias de tu DNI, partidas, títulos, certificados de estudios y de trabajo, y de antecedentes penales y policiales. Apostilla ante el Ministerio de Relaciones Exteriores los que vayas a presentar en el extranjero.</li>"
                    "<li><strong>Contrato:</strong> guarda una copia de tu contrato o de la oferta de empleo, con el nombre y los datos de contacto de tu empleador.</li>"
                    "<li><strong>Salud:</strong> revisa qué seguro te cubrirá desde tu llegada y si el país exige vacunas.</li>"
                    "<li><strong>Dinero:</strong> lleva lo necesario para tus primeras semanas, hasta el primer sueldo.</li>"
                    "<li><strong>Contactos:</strong> anota la dirección y el teléfono del consulado peruano más cercano a tu destino e inscríbete en él al llegar.</li>"
                    "<li><strong>Pensión:</strong> pregunta si el Perú tiene un convenio de seguridad social con ese país; te permitirá sumar tus aportes.</li></ul>"
                    "<p>Deja a tu familia copias de tus documentos y tus datos de contacto en el destino.</p>",
                    "en": "<p>If you already have your work permit or visa, prepare your journey carefully:</p>"
                    "<ul><li><strong>Passport:</strong> make sure it is valid for your whole stay; it is issued by the National Superintendency of Migration.</li>"
                    "<li><strong>Documents:</strong> take originals and copies of your DNI, certificates of birth and marriage, diplomas, study and work certificates, and criminal and police record certificates. Have those you will present abroad apostilled by the Ministry of Foreign Affairs.</li>"
                    "<li><strong>Contract:</strong> keep a copy of your contract or job offer, with your employer's name and contact details.</li>"
                    "<li><strong>Health:</strong> check which insurance will cover you from arrival and whether the country requires vaccinations.</li>"
                    "<li><strong>Money:</strong> take enough for your first weeks, until your first wage.</li>"
                    "<li><strong>Contacts:</strong> write down the address and telephone number of the Peruvian consulate nearest to your destination, and register with it when you arrive.</li>"
                    "<li><strong>Pension:</strong> ask whether Peru has a social security agreement with that country; it will let you add up your contributions.</li></ul>"
                    "<p>Leave your family copies of your documents and your contact details at your destination.</p>",
                },
                "group": {"es": "", "en": ""},
                "component": "",
                "last_reviewed": "2026-11-23",
                "sources": [
                    {"title": {"es": "Superintendencia Nacional de Migraciones", "en": "National Superintendency of Migration"}, "url": "https://www.gob.pe/migraciones"},
                    {"title": {"es": "Ministerio de Relaciones Exteriores del Perú", "en": "Ministry of Foreign Affairs of Peru"}, "url": "https://www.gob.pe/rree"},
                    {"title": {"es": "Registro Nacional de Identificación y Estado Civil (RENIEC)", "en": "National Registry of Identification and Civil Status (RENIEC)"}, "url": "https://www.gob.pe/reniec"},
                ],
                "programmes": [],
            },
            {
                "slug": {"es": "primeros-pasos-en-el-pais-de-destino", "en": "first-steps-in-the-destination-country"},
                "title": {"es": "Primeros pasos en el país de destino", "en": "First steps in the destination country"},
                "summary": {
                    "es": "Cinco guías con consejos prácticos para instalarte en Estados Unidos, España, Italia, Chile o Argentina.",
                    "en": "Five guides with practical advice for settling in the United States, Spain, Italy, Chile or Argentina.",
                },
                "body": {
                    "es": "<p>Las primeras semanas en otro país son decisivas. Estas guías reúnen, para cada uno de los cinco principales destinos de los peruanos —Estados Unidos, España, Italia, Chile y Argentina—, lo que necesitas saber para instalarte:</p>"
                    "<ul><li>cómo acceder a la salud y a la educación de tus hijos;</li>"
                    "<li>cómo defender tus derechos laborales y dónde denunciar abusos;</li>"
                    "<li>qué trámites administrativos hacer al llegar;</li>"
                    "<li>cómo buscar vivienda y cuánto cuesta vivir;</li>"
                    "<li>qué consulados, asociaciones y organizaciones pueden ayudarte;</li>"
                    "<li>qué convenios tiene el Perú con ese país.</li></ul>"
                    "<p>Cada guía indica sus fuentes oficiales y la fecha en que se revisó. Si algo ha cambiado, avísanos a través de «La voz del migrante».</p>",
                    "en": "<p>The first weeks in another country are decisive. For each of the five main destinations of Peruvians —the United States, Spain, Italy, Chile and Argentina— these guides bring together what you need to know to settle in:</p>"
                    "<ul><li>how to access health care and schooling for your children;</li>"
                    "<li>how to defend your labour rights and where to report abuse;</li>"
                    "<li>which administrative procedures to complete on arrival;</li>"
                    "<li>how to find housing and what living costs;</li>"
                    "<li>which consulates, associations and organisations can help you;</li>"
                    "<li>which agreements Peru has with that country.</li></ul>"
                    "<p>Each guide lists its official sources and the date it was reviewed. If something has changed, let us know through \"The migrant's voice\".</p>",
                },
                "group": {"es": "", "en": ""},
                "component": "guides",
                "last_reviewed": "2026-11-23",
                "sources": [
                    {"title": {"es": "Ministerio de Relaciones Exteriores del Perú", "en": "Ministry of Foreign Affairs of Peru"}, "url": "https://www.gob.pe/rree"},
                ],
                "programmes": [],
            },
        ],
    },
    # ------------------------------------------------------------------------------------------
    # LÍNEA 02 — §5.4.2
    # ------------------------------------------------------------------------------------------
    {
        "number": 2,
        "slug": {"es": "vas-a-retornar-al-peru", "en": "returning-to-peru"},
        "title": {"es": "¿Vas a retornar al Perú?", "en": "Are you returning to Peru?"},
        "menu_label": {"es": "Volver al Perú", "en": "Returning to Peru"},
        "audience": {"es": "Posible retornante", "en": "Prospective returnee"},
        "intro": {
            "es": "<p>Si vives en el exterior y piensas regresar, aquí encontrarás los programas que facilitan el retorno y la reinserción laboral y social en el Perú, así como indicadores actualizados del mercado de trabajo peruano.</p>",
            "en": "<p>If you live abroad and are thinking of coming back, here you will find the programmes that make return and labour and social reintegration in Peru easier, as well as up-to-date indicators of the Peruvian labour market.</p>",
        },
        "sections": [
            {
                "slug": {"es": "programas-de-paises-de-origen-y-oim", "en": "host-country-and-iom-programmes"},
                "title": {"es": "Programas de los países de origen y de la OIM", "en": "Programmes of host countries and IOM"},
                "summary": {
                    "es": "Programas de retorno voluntario asistido de la OIM y de los países donde residen los migrantes peruanos, como España.",
                    "en": "Assisted voluntary return programmes run by IOM and by the countries where Peruvian migrants live, such as Spain.",
                },
                "body": {
                    "es": "<p>Algunos países en los que residen migrantes peruanos, así como la Organización Internacional para las Migraciones (OIM), financian programas de <strong>retorno voluntario</strong>. Suelen cubrir el pasaje y, según el programa, una ayuda económica o apoyo para la reinserción en el país de origen.</p>"
                    "<ul><li>La participación es voluntaria y está sujeta a requisitos que fija cada programa (situación económica, situación migratoria, plazos).</li>"
                    "<li>Algunos programas exigen el compromiso de no volver al país de acogida durante un tiempo: léelo con atención antes de firmar.</li>"
                    "<li>Los programas dependen de convocatorias y presupuestos anuales; confirma que estén vigentes con la entidad responsable.</li>"
                    "<li>Ninguno de estos programas cobra por inscribirte.</li></ul>"
                    "<p>Antes de decidir, revisa también los beneficios que ofrece el Estado peruano al migrante retornado (Ley N.º 30001) y los servicios del MTPE para tu reinserción laboral.</p>",
                    "en": "<p>Some countries where Peruvian migrants live, as well as the International Organization for Migration (IOM), fund <strong>voluntary return</strong> programmes. They usually cover the ticket and, depending on the programme, a cash allowance or support for reintegration in the country of origin.</p>"
                    "<ul><li>Participation is voluntary and subject to requirements set by each programme (economic situation, migration status, deadlines).</li>"
                    "<li>Some programmes require a commitment not to return to the host country for a period: read it carefully before you sign.</li>"
                    "<li>Programmes depend on annual calls and budgets; confirm with the organisation in charge that they are open.</li>"
                    "<li>None of these programmes charges you to register.</li></ul>"
                    "<p>Before deciding, also look at the benefits the Peruvian State offers returning migrants (Law No. 30001) and the MTPE's services for getting back into work.</p>",
                },
                "group": {"es": "a) Programas de incentivos para el retorno", "en": "a) Return incentive programmes"},
                "component": "",
                "last_reviewed": "2026-11-23",
                "sources": [
                    {"title": {"es": "OIM – Retorno voluntario asistido y reintegración", "en": "IOM – Assisted voluntary return and reintegration"}, "url": "https://www.iom.int/assisted-voluntary-return-and-reintegration"},
                    {"title": {"es": "Ministerio de Inclusión, Seguridad Social y Migraciones (España)", "en": "Ministry of Inclusion, Social Security and Migration (Spain)"}, "url": "https://www.inclusion.gob.es/"},
                    {"title": {"es": "Servicio Público de Empleo Estatal (SEPE, España)", "en": "State Public Employment Service (SEPE, Spain)"}, "url": "https://www.sepe.es/"},
                ],
                "programmes": [
                    {
                        "name": {"es": "Retorno Voluntario Asistido y Reintegración (AVRR)", "en": "Assisted Voluntary Return and Reintegration (AVRR)"},
                        "organisation": {"es": "Organización Internacional para las Migraciones (OIM)", "en": "International Organization for Migration (IOM)"},
                        "summary": {
                            "es": "Apoyo de la OIM a migrantes que desean volver voluntariamente a su país de origen y reintegrarse en él.",
                            "en": "IOM support for migrants who wish to return voluntarily to their country of origin and reintegrate there.",
                        },
                        "body": {
                            "es": "<p>La OIM organiza, en cooperación con los gobiernos de los países de acogida, el retorno voluntario de migrantes que no pueden o no desean permanecer en ellos. Según el país y el proyecto, puede incluir orientación previa, pasaje, asistencia en el viaje y apoyo para la reintegración (por ejemplo, para un pequeño negocio o formación). La oferta varía de un país a otro: consulta a la oficina de la OIM del país donde vives.</p>",
                            "en": "<p>In cooperation with the governments of host countries, IOM organises the voluntary return of migrants who cannot or do not wish to stay there. Depending on the country and the project, it may include pre-departure counselling, the ticket, travel assistance and reintegration support (for instance, for a small business or training). What is offered varies from country to country: ask the IOM office in the country where you live.</p>",
                        },
                        "url": "https://www.iom.int/assisted-voluntary-return-and-reintegration",
                    },
                    {
                        "name": {"es": "Programas de retorno voluntario de España", "en": "Spain's voluntary return programmes"},
                        "organisation": {"es": "Ministerio de Inclusión, Seguridad Social y Migraciones (España)", "en": "Ministry of Inclusion, Social Security and Migration (Spain)"},
                        "summary": {
                            "es": "Programas financiados por el Gobierno de España y gestionados por organizaciones sin ánimo de lucro para el retorno de personas extranjeras a su país.",
                            "en": "Programmes funded by the Government of Spain and run by non-profit organisations for the return of foreign nationals to their country.",
                        },
                        "body": {
                            "es": "<p>El Gobierno de España financia programas de retorno voluntario para personas extranjeras, ejecutados por organizaciones sin ánimo de lucro, que pueden incluir el pasaje, ayudas para el viaje y, en algunos casos, apoyo a un proyecto productivo en el país de origen. Los requisitos y las entidades que los gestionan se fijan en cada convocatoria: infórmate en el Ministerio de Inclusión, Seguridad Social y Migraciones o en el consulado del Perú.</p>",
                            "en": "<p>The Government of Spain funds voluntary return programmes for foreign nationals, carried out by non-profit organisations, which may include the ticket, travel assistance and, in some cases, support for a productive project in the country of origin. Requirements and the organisations that run them are set in each call: ask the Ministry of Inclusion, Social Security and Migration or the Peruvian consulate.</p>",
                        },
                        "url": "https://www.inclusion.gob.es/",
                    },
                    {
                        "name": {"es": "Abono acumulado y anticipado de la prestación por desempleo (APRE)", "en": "Lump-sum advance payment of unemployment benefit (APRE)"},
                        "organisation": {"es": "Servicio Público de Empleo Estatal (SEPE, España)", "en": "State Public Employment Service (SEPE, Spain)"},
                        "summary": {
                            "es": "Permite a trabajadores peruanos desempleados en España cobrar por adelantado su prestación contributiva por desempleo si retornan al Perú.",
                            "en": "Allows Peruvian workers unemployed in Spain to receive their contributory unemployment benefit in advance if they return to Peru.",
                        },
                        "body": {
                            "es": "<p>Pueden solicitarlo los nacionales de países con convenio bilateral de seguridad social con España, entre ellos el Perú, que residan legalmente en España, estén en paro inscritos como demandantes de empleo y tengan reconocida la prestación contributiva por desempleo. La persona se compromete a retornar a su país en un plazo de 30 días naturales desde el primer pago y a no volver a España para residir o trabajar durante tres años.</p>",
                            "en": "<p>It is open to nationals of countries with a bilateral social security agreement with Spain, Peru among them, who reside legally in Spain, are unemployed and registered as job seekers, and have been granted the contributory unemployment benefit. The person undertakes to return to their country within 30 calendar days of the first payment and not to return to Spain to live or work for three years.</p>",
                        },
                        "url": "https://www.sepe.es/",
                    },
                ],
            },
            {
                "slug": {"es": "programas-y-legislacion-del-estado-peruano", "en": "peruvian-state-programmes-and-law"},
                "title": {"es": "Programas y legislación del Estado peruano", "en": "Programmes and legislation of the Peruvian State"},
                "summary": {
                    "es": "La Ley de Reinserción Económica y Social para el Migrante Retornado y los programas de vivienda y emprendimiento a los que puedes acceder al volver.",
                    "en": "The Law on Economic and Social Reintegration of Returning Migrants and the housing and business programmes you can use when you come back.",
                },
                "body": {
                    "es": "<p>El Estado peruano facilita el retorno de sus nacionales con beneficios tributarios y sociales y con programas abiertos a toda la ciudadanía.</p>"
                    "<h3>Ley N.º 30001 (2013)</h3>"
                    "<p>La Ley de Reinserción Económica y Social para el Migrante Retornado, publicada en marzo de 2013, reemplazó a la antigua Ley N.º 28182, Ley de Incentivos Migratorios (2004), que exigía al menos cinco años de residencia en el exterior. La Ley N.º 30001 redujo ese plazo, incluyó a quienes retornan forzados por su situación migratoria y ofrece:</p>"
                    "<ul><li>liberación, por única vez, de los tributos que gravan el ingreso al país del menaje de casa, de un vehículo y de los instrumentos, maquinarias y equipos de tu profesión u oficio, hasta los montos que fija la norma;</li>"
                    "<li>beneficios no tributarios, como facilidades para acceder a programas sociales y de empleo.</li></ul>"
                    "<p>Para acogerte debes obtener la Tarjeta del Migrante Retornado, que se solicita en el consulado o en el Ministerio de Relaciones Exteriores dentro del plazo establecido alrededor de tu fecha de ingreso. Los montos y condiciones dependen del motivo del retorno y del tiempo vivido fuera: confírmalos en gob.pe antes de enviar tus bienes.</p>"
                    "<h3>Vivienda y emprendimiento</h3>"
                    "<p>También puedes postular a los programas de vivienda del Fondo MIVIVIENDA y a los servicios para emprendedores del Ministerio de la Producción (PRODUCE).</p>",
                    "en": "<p>The Peruvian State supports the return of its nationals with tax and social benefits and with programmes open to all citizens.</p>"
                    "<h3>Law No. 30001 (2013)</h3>"
                    "<p>The Law on Economic and Social Reintegration of Returning Migrants, published in March 2013, replaced the former Law No. 28182, the Migration Incentives Law (2004), which required at least five years' residence abroad. Law No. 30001 shortened that period, covered people forced to return because of their migration status, and offers:</p>"
                    "<ul><li>a one-off exemption from the taxes on bringing into the country your household goods, one vehicle and the instruments, machinery and equipment of your profession or trade, up to the amounts set by law;</li>"
                    "<li>non-tax benefits, such as easier access to social and employment programmes.</li></ul>"
                    "<p>To qualify you must obtain the Returning Migrant Card (Tarjeta del Migrante Retornado), requested at the consulate or at the Ministry of Foreign Affairs within the set period around your date of entry. Amounts and conditions depend on the reason for return and time spent abroad: confirm them on gob.pe before shipping your belongings.</p>"
                    "<h3>Housing and business</h3>"
                    "<p>You can also apply to the housing programmes of Fondo MIVIVIENDA and to the entrepreneur services of the Ministry of Production (PRODUCE).</p>",
                },
                "group": {"es": "a) Programas de incentivos para el retorno", "en": "a) Return incentive programmes"},
                "component": "",
                "last_reviewed": "2026-11-23",
                "sources": [
                    {"title": {"es": "Solicitar tarjeta del migrante retornado en el extranjero (gob.pe)", "en": "Apply for the returning migrant card abroad (gob.pe)"}, "url": "https://www.gob.pe/80268-solicitar-tarjeta-del-migrante-retornado-en-el-extranjero"},
                    {"title": {"es": "Fondo MIVIVIENDA", "en": "Fondo MIVIVIENDA"}, "url": "https://www.mivivienda.com.pe/"},
                    {"title": {"es": "Ministerio de la Producción (PRODUCE)", "en": "Ministry of Production (PRODUCE)"}, "url": "https://www.gob.pe/produce"},
                ],
                "programmes": [
                    {
                        "name": {"es": "Beneficios de la Ley N.º 30001 – Tarjeta del Migrante Retornado", "en": "Law No. 30001 benefits – Returning Migrant Card"},
                        "organisation": {"es": "Ministerio de Relaciones Exteriores y SUNAT", "en": "Ministry of Foreign Affairs and SUNAT"},
                        "summary": {
                            "es": "Liberación de tributos para el menaje de casa, un vehículo y los bienes de trabajo del peruano que retorna, además de beneficios sociales.",
                            "en": "Tax exemption on household goods, one vehicle and work equipment of returning Peruvians, plus social benefits.",
                        },
                        "body": {
                            "es": "<p>Según la información publicada en gob.pe al momento de esta revisión, la liberación de tributos alcanza el menaje de casa hasta USD 50 000, un vehículo automotor hasta USD 50 000 y los instrumentos, maquinarias y equipos de trabajo hasta USD 350 000. La tarjeta se solicita dentro de los 180 días calendario antes o después de tu ingreso al Perú. No pueden acogerse los peruanos que nunca residieron en el Perú.</p>",
                            "en": "<p>According to the information published on gob.pe at the time of this review, the tax exemption covers household goods up to USD 50,000, one motor vehicle up to USD 50,000 and work instruments, machinery and equipment up to USD 350,000. The card must be requested within 180 calendar days before or after your entry into Peru. Peruvians who never lived in Peru are not eligible.</p>",
                        },
                        "url": "https://www.gob.pe/80268-solicitar-tarjeta-del-migrante-retornado-en-el-extranjero",
                    },
                    {
                        "name": {"es": "Créditos y bonos de vivienda", "en": "Housing loans and subsidies"},
                        "organisation": {"es": "Fondo MIVIVIENDA", "en": "Fondo MIVIVIENDA"},
                        "summary": {
                            "es": "Financiamiento y bonos del Estado para comprar, construir o mejorar una vivienda.",
                            "en": "State financing and subsidies to buy, build or improve a home.",
                        },
                        "body": {
                            "es": "<p>El Fondo MIVIVIENDA promueve el acceso a la vivienda mediante créditos hipotecarios canalizados por entidades financieras (como el Nuevo Crédito MIVIVIENDA) y bonos del Estado, además de participar en el programa Techo Propio. Cada producto tiene requisitos propios, como no ser propietario de otra vivienda: consúltalos en su portal.</p>",
                            "en": "<p>Fondo MIVIVIENDA promotes access to housing through mortgage loans channelled by financial institutions (such as the Nuevo Crédito MIVIVIENDA) and State subsidies, and also takes part in the Techo Propio programme. Each product has its own requirements, such as not owning another home: check them on its website.</p>",
                        },
                        "url": "https://www.mivivienda.com.pe/",
                    },
                    {
                        "name": {"es": "Servicios para emprendedores y MYPE", "en": "Services for entrepreneurs and small businesses"},
                        "organisation": {"es": "Ministerio de la Producción (PRODUCE)", "en": "Ministry of Production (PRODUCE)"},
                        "summary": {
                            "es": "Asesoría para formalizar y hacer crecer un negocio, y fondos concursables para la innovación.",
                            "en": "Advice to formalise and grow a business, and competitive funds for innovation.",
                        },
                        "body": {
                            "es": "<p>Si piensas emprender al volver, PRODUCE ofrece, a través del programa Tu Empresa, asesoría gratuita para constituir y formalizar tu empresa, digitalizarla y acceder a financiamiento; y, a través de ProInnóvate, fondos concursables para proyectos de innovación y emprendimientos innovadores.</p>",
                            "en": "<p>If you plan to start a business when you return, PRODUCE offers, through the Tu Empresa programme, free advice to set up and formalise your company, go digital and access finance; and, through ProInnóvate, competitive funds for innovation projects and innovative start-ups.</p>",
                        },
                        "url": "https://www.gob.pe/produce",
                    },
                ],
            },
            {
                "slug": {"es": "plataforma-para-el-retorno-productivo", "en": "productive-return-platform"},
                "title": {"es": "Plataforma para el Retorno Productivo", "en": "Productive Return Platform"},
                "summary": {
                    "es": "Un registro para que el MTPE conozca tu perfil y te acompañe en tu inserción laboral o tu emprendimiento al volver.",
                    "en": "A register that lets the MTPE know your profile and support your return to work or your business when you come back.",
                },
                "body": {
                    "es": "<p>La Plataforma para el Retorno Productivo de la Dirección de Migración Laboral del MTPE recoge información de los peruanos que piensan volver —su experiencia, su oficio o profesión, sus planes y la región a la que regresarán— para ofrecerles un <strong>retorno asistido</strong> y facilitar su inserción en el mercado de trabajo peruano.</p>"
                    "<p>Con esa información, el MTPE puede orientarte hacia:</p>"
                    "<ul><li>la búsqueda de empleo y la intermediación laboral del Servicio Nacional del Empleo;</li>"
                    "<li>la asistencia técnica para el autoempleo y los planes de negocio;</li>"
                    "<li>la capacitación laboral;</li>"
                    "<li>la certificación de las competencias que adquiriste trabajando en el exterior.</li></ul>"
                    "<p><a href=\"/es/retorno-productivo/registro/\">Regístrate en la Plataforma para el Retorno Productivo</a>: recibirás un número de referencia y el equipo de la Dirección de Migración Laboral se pondrá en contacto contigo. Tus datos se usarán solo para brindarte este servicio.</p>",
                    "en": "<p>The Productive Return Platform of the MTPE's Labour Migration Directorate gathers information from Peruvians who plan to come back —their experience, trade or profession, plans and the region they will return to— in order to offer them <strong>assisted return</strong> and help them into the Peruvian labour market.</p>"
                    "<p>With that information, the MTPE can refer you to:</p>"
                    "<ul><li>job search and job placement by the National Employment Service;</li>"
                    "<li>technical assistance for self-employment and business plans;</li>"
                    "<li>job training;</li>"
                    "<li>certification of the skills you acquired working abroad.</li></ul>"
                    "<p><a href=\"/en/productive-return/register/\">Register on the Productive Return Platform</a>: you will get a reference number and the Labour Migration Directorate's team will contact you. Your data will be used only to provide this service.</p>",
                },
                "group": {"es": "a) Programas de incentivos para el retorno", "en": "a) Return incentive programmes"},
                "component": "",
                "last_reviewed": "2026-11-23",
                "sources": [
                    {"title": {"es": "Ministerio de Trabajo y Promoción del Empleo", "en": "Ministry of Labour and Employment Promotion"}, "url": "https://www.gob.pe/mtpe"},
                ],
                "programmes": [],
            },
            {
                "slug": {"es": "servicios-y-programas-del-mtpe", "en": "mtpe-services-and-programmes"},
                "title": {"es": "Servicios y programas del MTPE", "en": "MTPE services and programmes"},
                "summary": {
                    "es": "Empleo, capacitación, certificación de competencias y empleo temporal: los servicios del Ministerio de Trabajo para quienes regresan.",
                    "en": "Jobs, training, skills certification and temporary employment: the Ministry of Labour's services for returnees.",
                },
                "body": {
                    "es": "<p>El Ministerio de Trabajo y Promoción del Empleo ofrece servicios gratuitos que pueden ayudarte a reinsertarte en el mercado laboral peruano: búsqueda de empleo, capacitación, certificación de competencias laborales y asistencia para emprender.</p>"
                    "<p>Algunos programas han cambiado de nombre con los años. Si conociste PROJOVEN o Revalora Perú antes de migrar, estos son hoy sus sucesores:</p>"
                    "<ul><li>PROJOVEN → Jóvenes a la Obra (2011) → Jóvenes Productivos;</li>"
                    "<li>Revalora Perú → Vamos Perú (2011) → Impulsa Perú;</li>"
                    "<li>Jóvenes Productivos e Impulsa Perú se integraron después en el Programa Nacional para la Empleabilidad;</li>"
                    "<li>Trabaja Perú (creado en 2011) → Lurawi Perú → Llamkasun Perú (2023), programa de empleo temporal.</li></ul>"
                    "<p>Los requisitos y las convocatorias de cada programa se publican en gob.pe.</p>",
                    "en": "<p>The Ministry of Labour and Employment Promotion offers free services that can help you back into the Peruvian labour market: job search, training, certification of labour skills and support to start a business.</p>"
                    "<p>Some programmes have changed names over the years. If you knew PROJOVEN or Revalora Perú before migrating, these are their successors today:</p>"
                    "<ul><li>PROJOVEN → Jóvenes a la Obra (2011) → Jóvenes Productivos;</li>"
                    "<li>Revalora Perú → Vamos Perú (2011) → Impulsa Perú;</li>"
                    "<li>Jóvenes Productivos and Impulsa Perú were later merged into the National Employability Programme (Programa Nacional para la Empleabilidad);</li>"
                    "<li>Trabaja Perú (created in 2011) → Lurawi Perú → Llamkasun Perú (2023), a temporary employment programme.</li></ul>"
                    "<p>Each programme's requirements and calls are published on gob.pe.</p>",
                },
                "group": {"es": "a) Programas de incentivos para el retorno", "en": "a) Return incentive programmes"},
                "component": "",
                "last_reviewed": "2026-11-23",
                "sources": [
                    {"title": {"es": "Ministerio de Trabajo y Promoción del Empleo", "en": "Ministry of Labour and Employment Promotion"}, "url": "https://www.gob.pe/mtpe"},
                    {"title": {"es": "Empleos Perú", "en": "Empleos Perú"}, "url": "https://www.empleosperu.gob.pe/"},
                    {"title": {"es": "Programa de Empleo Temporal Llamkasun Perú", "en": "Llamkasun Perú temporary employment programme"}, "url": "https://www.gob.pe/llamkasunperu"},
                ],
                "programmes": [
                    {
                        "name": {"es": "Centro de Empleo – Servicio Nacional del Empleo", "en": "Employment Centre – National Employment Service"},
                        "organisation": {"es": "Ministerio de Trabajo y Promoción del Empleo", "en": "Ministry of Labour and Employment Promotion"},
                        "summary": {
                            "es": "Bolsa de trabajo, asesoría para la búsqueda de empleo, orientación vocacional y Certificado Único Laboral, gratis.",
                            "en": "Job board, job-search advice, career guidance and the single employment certificate, free of charge.",
                        },
                        "body": {
                            "es": "<p>Los Centros de Empleo, presentes en las regiones, y la plataforma Empleos Perú reúnen en un solo lugar los servicios de empleo del Estado: ofertas de trabajo, intermediación con empresas, talleres de búsqueda de empleo, orientación vocacional e información sobre el mercado de trabajo, además de la emisión del Certificado Único Laboral.</p>",
                            "en": "<p>The Employment Centres in the regions and the Empleos Perú platform bring the State's employment services together in one place: job vacancies, placement with companies, job-search workshops, career guidance and labour-market information, as well as the single employment certificate (Certificado Único Laboral).</p>",
                        },
                        "url": "https://www.empleosperu.gob.pe/",
                    },
                    {
                        "name": {"es": "Certificación de competencias laborales", "en": "Certification of labour skills"},
                        "organisation": {"es": "Ministerio de Trabajo y Promoción del Empleo", "en": "Ministry of Labour and Employment Promotion"},
                        "summary": {
                            "es": "Acredita oficialmente lo que sabes hacer, aunque lo hayas aprendido trabajando y no tengas un título.",
                            "en": "Official recognition of what you can do, even if you learned it on the job and have no diploma.",
                        },
                        "body": {
                            "es": "<p>Si aprendiste un oficio en el exterior, la certificación de competencias laborales permite que un centro autorizado evalúe tu desempeño según un perfil ocupacional aprobado por el MTPE y, si lo apruebas, te entregue un certificado que los empleadores peruanos pueden reconocer.</p>",
                            "en": "<p>If you learned a trade abroad, certification of labour skills lets an authorised centre assess your performance against an occupational profile approved by the MTPE and, if you pass, issue a certificate that Peruvian employers can recognise.</p>",
                        },
                        "url": "https://www.gob.pe/mtpe",
                    },
                    {
                        "name": {"es": "Programa Nacional para la Empleabilidad", "en": "National Employability Programme"},
                        "organisation": {"es": "Ministerio de Trabajo y Promoción del Empleo", "en": "Ministry of Labour and Employment Promotion"},
                        "summary": {
                            "es": "Capacitación laboral y apoyo al emprendimiento; reúne a los antiguos Jóvenes Productivos (antes PROJOVEN) e Impulsa Perú (antes Revalora Perú).",
                            "en": "Job training and support for entrepreneurs; it brings together the former Jóvenes Productivos (formerly PROJOVEN) and Impulsa Perú (formerly Revalora Perú).",
                        },
                        "body": {
                            "es": "<p>Ofrece cursos de capacitación laboral gratuitos vinculados a la demanda de las empresas, asistencia técnica para emprender y certificación de competencias, con atención a jóvenes y a personas adultas en situación de desempleo o vulnerabilidad. Consulta en gob.pe las convocatorias y los requisitos de edad y situación vigentes.</p>",
                            "en": "<p>It offers free job-training courses linked to employers' demand, technical assistance for entrepreneurs and skills certification, for young people and for adults who are unemployed or vulnerable. Check gob.pe for current calls and the age and situation requirements.</p>",
                        },
                        "url": "https://www.gob.pe/mtpe",
                    },
                    {
                        "name": {"es": "Llamkasun Perú (antes Trabaja Perú y Lurawi Perú)", "en": "Llamkasun Perú (formerly Trabaja Perú and Lurawi Perú)"},
                        "organisation": {"es": "Ministerio de Trabajo y Promoción del Empleo", "en": "Ministry of Labour and Employment Promotion"},
                        "summary": {
                            "es": "Programa de empleo temporal en obras y actividades intensivas en mano de obra para personas en situación de vulnerabilidad.",
                            "en": "Temporary employment programme in labour-intensive works and activities for people in vulnerable situations.",
                        },
                        "body": {
                            "es": "<p>Genera empleo temporal para personas mayores de 18 años en situación de desempleo, subempleo, pobreza o afectadas por emergencias, a cambio de un incentivo económico, mediante proyectos y actividades de intervención inmediata que financia o cofinancia con los gobiernos locales y regionales. Cambió su denominación a Llamkasun Perú por el Decreto Supremo N.º 009-2023-TR.</p>",
                            "en": "<p>It provides temporary work, in exchange for a cash incentive, to people over 18 who are unemployed, underemployed, poor or affected by emergencies, through projects and immediate-intervention activities it funds or co-funds with local and regional governments. It was renamed Llamkasun Perú by Supreme Decree No. 009-2023-TR.</p>",
                        },
                        "url": "https://www.gob.pe/llamkasunperu",
                    },
                ],
            },
            {
                "slug": {"es": "mercado-laboral-peruano-indicadores", "en": "peruvian-labour-market-indicators"},
                "title": {"es": "Mercado laboral peruano", "en": "Peruvian labour market"},
                "summary": {
                    "es": "Indicadores oficiales del mercado de trabajo peruano para quienes piensan volver a trabajar en el Perú.",
                    "en": "Official indicators of the Peruvian labour market for those who plan to come back and work in Peru.",
                },
                "body": {
                    "es": "<p>Estos indicadores te ayudan a comparar tu situación actual con la que encontrarás al volver: la remuneración mínima vital vigente, el desempleo y los ingresos promedio en Lima Metropolitana, y la proporción de empleo informal en el país.</p>"
                    "<p>Cada valor indica su periodo exacto y su fuente oficial —el Instituto Nacional de Estadística e Informática (INEI) o el MTPE— y se actualizará periódicamente. Ten en cuenta que los ingresos varían mucho según la región, el sector y el nivel educativo, y que las cifras de Lima Metropolitana no representan al resto del país.</p>"
                    "<p>Para información detallada por región u ocupación, consulta las publicaciones del INEI y del MTPE.</p>",
                    "en": "<p>These indicators help you compare your current situation with what you will find when you return: the current minimum wage, unemployment and average income in Metropolitan Lima, and the share of informal employment in the country.</p>"
                    "<p>Each value states its exact period and its official source —the National Institute of Statistics and Informatics (INEI) or the MTPE— and will be updated regularly. Bear in mind that income varies widely by region, sector and level of education, and that figures for Metropolitan Lima do not represent the rest of the country.</p>"
                    "<p>For detailed information by region or occupation, see the INEI and MTPE publications.</p>",
                },
                "group": {"es": "b) Mercado laboral peruano", "en": "b) Peruvian labour market"},
                "component": "indicators",
                "last_reviewed": "2026-11-23",
                "sources": [
                    {"title": {"es": "Instituto Nacional de Estadística e Informática (INEI)", "en": "National Institute of Statistics and Informatics (INEI)"}, "url": "https://www.inei.gob.pe/"},
                    {"title": {"es": "Ministerio de Trabajo y Promoción del Empleo", "en": "Ministry of Labour and Employment Promotion"}, "url": "https://www.gob.pe/mtpe"},
                ],
                "programmes": [],
            },
        ],
    },
    # ------------------------------------------------------------------------------------------
    # LÍNEA 03 — §5.4.3
    # ------------------------------------------------------------------------------------------
    {
        "number": 3,
        "slug": {"es": "trabajas-en-el-extranjero", "en": "working-abroad"},
        "title": {"es": "¿Trabajas en el extranjero?", "en": "Are you working abroad?"},
        "menu_label": {"es": "Peruanos en el exterior", "en": "Peruvians abroad"},
        "audience": {"es": "Peruano que trabaja en el exterior", "en": "Peruvian working abroad"},
        "intro": {
            "es": "<p>Para las peruanas y los peruanos que viven y trabajan fuera del país: un espacio para hacer oír tu voz, los convenios que protegen tus derechos y un directorio de instituciones que pueden ayudarte donde estés.</p>",
            "en": "<p>For Peruvians who live and work outside the country: a space to make your voice heard, the agreements that protect your rights and a directory of institutions that can help you wherever you are.</p>",
        },
        "sections": [
            {
                "slug": {"es": "la-voz-del-migrante", "en": "the-migrants-voice"},
                "title": {"es": "La voz del migrante", "en": "The migrant's voice"},
                "summary": {
                    "es": "Un espacio para que las comunidades peruanas en el exterior compartan sus inquietudes y sugerencias con el MTPE.",
                    "en": "A space where Peruvian communities abroad can share their concerns and suggestions with the MTPE.",
                },
                "body": {
                    "es": "<p>«La voz del migrante» es el espacio de participación de Perú InfoMigra. Aquí puedes contarnos los problemas que enfrentas como trabajadora o trabajador peruano en el exterior, plantear tus dudas y proponer mejoras a los servicios del Estado peruano para su comunidad migrante.</p>"
                    "<ul><li>La Dirección de Migración Laboral del MTPE lee todos los mensajes y los tiene en cuenta para mejorar la información de este portal y orientar sus acciones.</li>"
                    "<li>Las consultas personales se responden por correo electrónico; no publiques datos personales, como tu número de documento, tu dirección o tu situación migratoria.</li>"
                    "<li>Antes de publicarse, los mensajes se revisan para evitar contenidos ofensivos o publicidad.</li></ul>"
                    "<p>Si necesitas ayuda urgente en el país donde estás, comunícate directamente con el consulado del Perú más cercano.</p>",
                    "en": "<p>\"The migrant's voice\" is Perú InfoMigra's participation space. Here you can tell us about the problems you face as a Peruvian worker abroad, ask your questions and suggest improvements to the services the Peruvian State provides to its migrant community.</p>"
                    "<ul><li>The MTPE's Labour Migration Directorate reads every message and takes it into account to improve the information on this portal and guide its work.</li>"
                    "<li>Personal enquiries are answered by e-mail; do not post personal data such as your document number, your address or your migration status.</li>"
                    "<li>Messages are reviewed before publication to keep out offensive content or advertising.</li></ul>"
                    "<p>If you need urgent help in the country where you are, contact the nearest Peruvian consulate directly.</p>",
                },
                "group": {"es": "", "en": ""},
                "component": "migrant_voice",
                "last_reviewed": "2026-11-23",
                "sources": [
                    {"title": {"es": "Ministerio de Trabajo y Promoción del Empleo", "en": "Ministry of Labour and Employment Promotion"}, "url": "https://www.gob.pe/mtpe"},
                ],
                "programmes": [],
            },
            {
                "slug": {"es": "convenios-bilaterales", "en": "bilateral-agreements"},
                "title": {"es": "Convenios bilaterales", "en": "Bilateral agreements"},
                "summary": {
                    "es": "Los convenios de seguridad social y de migración laboral que el Perú ha firmado con los países donde viven sus migrantes.",
                    "en": "The social security and labour migration agreements Peru has signed with the countries where its migrants live.",
                },
                "body": {
                    "es": "<p>El Perú ha firmado convenios con varios de los países donde viven sus migrantes, como España, Chile y Argentina, y participa en acuerdos regionales y multilaterales. Conocerlos te permite ejercer derechos que, de otro modo, podrías perder:</p>"
                    "<ul><li><strong>Convenios de seguridad social:</strong> permiten sumar los periodos de aportes hechos en cada país para alcanzar el derecho a una pensión de jubilación, invalidez o sobrevivencia, y cobrarla aunque residas en el otro país.</li>"
                    "<li><strong>Convenios de migración laboral y de residencia:</strong> ordenan la contratación de trabajadores o facilitan obtener la residencia y regularizar la situación migratoria.</li></ul>"
                    "<p>Cada convenio indica los países participantes, su fecha de firma o de vigencia cuando es conocida con certeza y un enlace a la institución responsable. Para saber cómo te afecta un convenio concreto, consulta a la institución de seguridad social del país donde trabajas o al consulado del Perú.</p>",
                    "en": "<p>Peru has signed agreements with several of the countries where its migrants live, such as Spain, Chile and Argentina, and takes part in regional and multilateral agreements. Knowing them lets you exercise rights you might otherwise lose:</p>"
                    "<ul><li><strong>Social security agreements:</strong> they let you add up the contribution periods completed in each country to qualify for an old-age, invalidity or survivor's pension, and to receive it even if you live in the other country.</li>"
                    "<li><strong>Labour migration and residence agreements:</strong> they organise the recruitment of workers or make it easier to obtain residence and regularise your migration status.</li></ul>"
                    "<p>Each agreement shows the participating countries, its date of signature or entry into force where known for certain, and a link to the institution in charge. To find out how a given agreement affects you, ask the social security institution of the country where you work or the Peruvian consulate.</p>",
                },
                "group": {"es": "", "en": ""},
                "component": "agreements",
                "last_reviewed": "2026-11-23",
                "sources": [
                    {"title": {"es": "Ministerio de Relaciones Exteriores del Perú", "en": "Ministry of Foreign Affairs of Peru"}, "url": "https://www.gob.pe/rree"},
                    {"title": {"es": "Organización Iberoamericana de Seguridad Social (OISS)", "en": "Ibero-American Social Security Organisation (OISS)"}, "url": "https://oiss.org/"},
                ],
                "programmes": [],
            },
            {
                "slug": {"es": "instituciones-de-apoyo-a-migrantes", "en": "migrant-support-institutions"},
                "title": {"es": "Instituciones de apoyo a migrantes en el exterior", "en": "Migrant support institutions abroad"},
                "summary": {
                    "es": "Consulados, asociaciones de peruanos, ONG y organismos públicos que apoyan a los migrantes en los principales países de destino.",
                    "en": "Consulates, Peruvian associations, NGOs and public bodies that support migrants in the main destination countries.",
                },
                "body": {
                    "es": "<p>No estás solo. En los países donde viven más peruanos existen instituciones que pueden orientarte y ayudarte:</p>"
                    "<ul><li><strong>Consulados y embajadas del Perú:</strong> emiten y renuevan documentos, inscriben nacimientos y matrimonios, legalizan documentos y brindan asistencia en casos de detención, emergencia o fallecimiento.</li>"
                    "<li><strong>Asociaciones de peruanos:</strong> mantienen redes de apoyo, actividades culturales y, a menudo, información práctica sobre el país.</li>"
                    "<li><strong>ONG de apoyo al migrante:</strong> ofrecen asesoría jurídica y laboral, cursos de idioma y acompañamiento, muchas veces gratuitos.</li>"
                    "<li><strong>Organismos públicos del país de acogida:</strong> inspección de trabajo, servicios de empleo, seguridad social y oficinas de extranjería.</li>"
                    "<li><strong>Organismos internacionales:</strong> como la OIM.</li></ul>"
                    "<p>Filtra el directorio por país y tipo de institución. Comprueba siempre la dirección y el horario en su sitio web antes de acudir.</p>",
                    "en": "<p>You are not alone. In the countries where most Peruvians live there are institutions that can advise and help you:</p>"
                    "<ul><li><strong>Peruvian consulates and embassies:</strong> they issue and renew documents, register births and marriages, legalise documents and provide assistance in cases of detention, emergency or death.</li>"
                    "<li><strong>Peruvian associations:</strong> they keep support networks, cultural activities and, often, practical information about the country.</li>"
                    "<li><strong>Migrant support NGOs:</strong> they offer legal and employment advice, language courses and accompaniment, often free of charge.</li>"
                    "<li><strong>Public bodies of the host country:</strong> labour inspection, employment services, social security and immigration offices.</li>"
                    "<li><strong>International organisations:</strong> such as IOM.</li></ul>"
                    "<p>Filter the directory by country and type of institution. Always check the address and opening hours on its website before you go.</p>",
                },
                "group": {"es": "", "en": ""},
                "component": "institutions",
                "last_reviewed": "2026-11-23",
                "sources": [
                    {"title": {"es": "Ministerio de Relaciones Exteriores del Perú", "en": "Ministry of Foreign Affairs of Peru"}, "url": "https://www.gob.pe/rree"},
                    {"title": {"es": "Organización Internacional para las Migraciones (OIM)", "en": "International Organization for Migration (IOM)"}, "url": "https://www.iom.int/"},
                ],
                "programmes": [],
            },
        ],
    },
    # ------------------------------------------------------------------------------------------
    # LÍNEA 04 — §5.4.4
    # ------------------------------------------------------------------------------------------
    {
        "number": 4,
        "slug": {"es": "trabajar-en-el-peru", "en": "working-in-peru"},
        "title": {
            "es": "¿Eres trabajador migrante andino o extranjero y trabajas o quieres trabajar en el Perú?",
            "en": "Are you an Andean migrant worker or a foreign national working, or wishing to work, in Peru?",
        },
        "menu_label": {"es": "Trabajar en el Perú", "en": "Working in Peru"},
        "audience": {"es": "Trabajador migrante andino e inmigrante", "en": "Andean migrant worker and immigrant"},
        "intro": {
            "es": "<p>Los procedimientos para trabajar legalmente en el Perú, tanto para nacionales de la Comunidad Andina como para extranjeros en general, y consejos prácticos sobre tus derechos como trabajador en el país.</p>",
            "en": "<p>The procedures for working legally in Peru, both for nationals of the Andean Community and for foreign nationals in general, with practical advice on your rights as a worker in the country.</p>",
        },
        "sections": [
            {
                "slug": {"es": "ciudadanos-de-la-comunidad-andina", "en": "andean-community-nationals"},
                "title": {"es": "Para ciudadanos de la Comunidad Andina – Decisión 545", "en": "For Andean Community nationals – Decision 545"},
                "summary": {
                    "es": "Los nacionales de Bolivia, Colombia y Ecuador trabajan en el Perú con igualdad de trato; su empleador registra el contrato ante el MTPE.",
                    "en": "Nationals of Bolivia, Colombia and Ecuador work in Peru with equal treatment; their employer registers the contract with the MTPE.",
                },
                "body": {
                    "es": "<p>La Decisión 545 de la Comunidad Andina, «Instrumento Andino de Migración Laboral» (2003), establece normas para la libre circulación y permanencia de los nacionales andinos con fines laborales bajo relación de dependencia. Se aplica en el Perú a los nacionales de <strong>Bolivia, Colombia y Ecuador</strong>.</p>"
                    "<ul><li><strong>Igualdad de trato:</strong> el trabajador migrante andino tiene los mismos derechos laborales que un trabajador peruano, incluida la libertad sindical y la protección social.</li>"
                    "<li><strong>Sin límites para extranjeros:</strong> no se le aplican los porcentajes limitativos del Decreto Legislativo N.º 689 ni su procedimiento de aprobación de contratos.</li>"
                    "<li><strong>Registro del contrato:</strong> el empleador registra el contrato de trabajo ante la Autoridad Administrativa de Trabajo mediante el procedimiento virtual del MTPE. Este registro se creó como <a href=\"/es/panel/sivitma/\">Sistema Virtual del Trabajador Migrante Andino (SIVITMA)</a>: <a href=\"/es/sivitma/registro/\">registrar el contrato ahora</a>.</li>"
                    "<li><strong>Situación migratoria:</strong> además, el trabajador debe regularizar su permanencia ante la Superintendencia Nacional de Migraciones.</li></ul>"
                    "<p>La Decisión no se aplica a los empleados de la administración pública. Consulta en gob.pe el procedimiento y los requisitos vigentes.</p>",
                    "en": "<p>Andean Community Decision 545, the \"Andean Labour Migration Instrument\" (2003), sets rules for the free movement and stay of Andean nationals for the purpose of employment. In Peru it applies to nationals of <strong>Bolivia, Colombia and Ecuador</strong>.</p>"
                    "<ul><li><strong>Equal treatment:</strong> the Andean migrant worker has the same labour rights as a Peruvian worker, including freedom of association and social protection.</li>"
                    "<li><strong>No limits for foreigners:</strong> the percentage limits of Legislative Decree No. 689 and its contract-approval procedure do not apply.</li>"
                    "<li><strong>Contract registration:</strong> the employer registers the employment contract with the Labour Administrative Authority through the MTPE's online procedure. This register was created as the <a href=\"/en/panel/sivitma/\">Andean Migrant Worker Virtual System (SIVITMA)</a>: <a href=\"/en/sivitma/register/\">register the contract now</a>.</li>"
                    "<li><strong>Migration status:</strong> the worker must also regularise their stay with the National Superintendency of Migration.</li></ul>"
                    "<p>The Decision does not apply to public-administration employees. Check the current procedure and requirements on gob.pe.</p>",
                },
                "group": {"es": "a) Trámites administrativos", "en": "a) Administrative procedures"},
                "component": "",
                "last_reviewed": "2026-11-23",
                "sources": [
                    {"title": {"es": "Comunidad Andina – Decisión 545", "en": "Andean Community – Decision 545"}, "url": "https://www.comunidadandina.org/"},
                    {"title": {"es": "Ministerio de Trabajo y Promoción del Empleo", "en": "Ministry of Labour and Employment Promotion"}, "url": "https://www.gob.pe/mtpe"},
                    {"title": {"es": "Superintendencia Nacional de Migraciones", "en": "National Superintendency of Migration"}, "url": "https://www.gob.pe/migraciones"},
                ],
                "programmes": [],
            },
            {
                "slug": {"es": "extranjeros-en-general", "en": "foreign-nationals-in-general"},
                "title": {"es": "Para extranjeros en general", "en": "For foreign nationals in general"},
                "summary": {
                    "es": "La contratación de trabajadores extranjeros (Decreto Legislativo N.º 689) y la calidad migratoria que otorga Migraciones (Decreto Legislativo N.º 1350).",
                    "en": "The hiring of foreign workers (Legislative Decree No. 689) and the migration status granted by Migraciones (Legislative Decree No. 1350).",
                },
                "body": {
                    "es": "<p>Trabajar en el Perú como extranjero requiere dos pasos: un contrato conforme a la ley laboral y una calidad migratoria que te habilite a trabajar.</p>"
                    "<h3>1. El contrato de trabajo (Decreto Legislativo N.º 689)</h3>"
                    "<ul><li>El contrato debe celebrarse por escrito y a plazo determinado, por un máximo de tres años prorrogables.</li>"
                    "<li>Los extranjeros no pueden superar el 20 % del total de trabajadores de la empresa, y sus remuneraciones no pueden superar el 30 % del total de la planilla.</li>"
                    "<li>El empleador presenta el contrato ante la Autoridad Administrativa de Trabajo del MTPE para su aprobación.</li>"
                    "<li>Están exonerados de esos porcentajes, entre otros, el extranjero con cónyuge, ascendientes, descendientes o hermanos peruanos; el que tiene visa de inmigrante; y los nacionales de países con los que el Perú tiene convenios de reciprocidad laboral o de doble nacionalidad.</li></ul>"
                    "<h3>2. La calidad migratoria (Decreto Legislativo N.º 1350)</h3>"
                    "<p>Con el contrato, el trabajador solicita a la Superintendencia Nacional de Migraciones una calidad migratoria que le permita trabajar; si es residente, recibe el carné de extranjería. La aprobación del contrato no autoriza a empezar a trabajar hasta obtener esa calidad migratoria. Si entraste como turista, no puedes trabajar con ese estatus.</p>",
                    "en": "<p>Working in Peru as a foreign national takes two steps: a contract that complies with labour law and a migration status that allows you to work.</p>"
                    "<h3>1. The employment contract (Legislative Decree No. 689)</h3>"
                    "<ul><li>The contract must be in writing and for a fixed term, of up to three years, renewable.</li>"
                    "<li>Foreign nationals may not exceed 20% of the company's total workforce, and their pay may not exceed 30% of the total payroll.</li>"
                    "<li>The employer submits the contract to the MTPE's Labour Administrative Authority for approval.</li>"
                    "<li>Exempt from those percentages are, among others, foreigners with a Peruvian spouse, parents, children or siblings; holders of an immigrant visa; and nationals of countries with which Peru has labour-reciprocity or dual-nationality agreements.</li></ul>"
                    "<h3>2. Migration status (Legislative Decree No. 1350)</h3>"
                    "<p>With the contract, the worker applies to the National Superintendency of Migration for a migration status that allows work; residents receive a foreigner's identity card (carné de extranjería). Approval of the contract does not allow you to start work until you have that status. If you entered as a tourist, you may not work under that status.</p>",
                },
                "group": {"es": "a) Trámites administrativos", "en": "a) Administrative procedures"},
                "component": "",
                "last_reviewed": "2026-11-23",
                "sources": [
                    {"title": {"es": "Ministerio de Trabajo y Promoción del Empleo", "en": "Ministry of Labour and Employment Promotion"}, "url": "https://www.gob.pe/mtpe"},
                    {"title": {"es": "Superintendencia Nacional de Migraciones", "en": "National Superintendency of Migration"}, "url": "https://www.gob.pe/migraciones"},
                ],
                "programmes": [],
            },
            {
                "slug": {"es": "consejos-practicos", "en": "practical-advice"},
                "title": {"es": "Consejos prácticos", "en": "Practical advice"},
                "summary": {
                    "es": "Tus derechos como trabajador extranjero en el Perú y dónde acudir para hacerlos respetar.",
                    "en": "Your rights as a foreign worker in Peru and where to go to enforce them.",
                },
                "body": {
                    "es": "<p>Como trabajador extranjero con contrato en el Perú tienes los mismos derechos laborales que un trabajador peruano del mismo régimen:</p>"
                    "<ul><li><strong>Remuneración:</strong> al menos la remuneración mínima vital por jornada completa, y los beneficios del régimen laboral que te corresponda (en el régimen general, gratificaciones en julio y diciembre, compensación por tiempo de servicios y vacaciones pagadas).</li>"
                    "<li><strong>Salud:</strong> tu empleador debe inscribirte en EsSalud y pagar el aporte, que también cubre a tus derechohabientes.</li>"
                    "<li><strong>Pensiones:</strong> debes afiliarte al Sistema Nacional de Pensiones o a una AFP del Sistema Privado de Pensiones.</li>"
                    "<li><strong>Planilla:</strong> pide tus boletas de pago y verifica que tu empleador te haya registrado en la planilla electrónica.</li></ul>"
                    "<h3>Si tus derechos no se respetan</h3>"
                    "<p>Puedes presentar una denuncia ante la Superintendencia Nacional de Fiscalización Laboral (SUNAFIL), que inspecciona a los empleadores, sin importar tu nacionalidad.</p>"
                    "<h3>Tus documentos</h3>"
                    "<p>Mantén vigentes tu calidad migratoria y tu carné de extranjería, y realiza a tiempo sus prórrogas ante Migraciones. No entregues tu pasaporte ni tu carné a tu empleador: son tuyos.</p>",
                    "en": "<p>As a foreign worker with a contract in Peru you have the same labour rights as a Peruvian worker under the same regime:</p>"
                    "<ul><li><strong>Pay:</strong> at least the minimum wage for a full working day, plus the benefits of the labour regime that applies to you (under the general regime, bonuses in July and December, severance savings —compensación por tiempo de servicios— and paid holidays).</li>"
                    "<li><strong>Health:</strong> your employer must register you with EsSalud and pay the contribution, which also covers your dependants.</li>"
                    "<li><strong>Pensions:</strong> you must join the National Pension System or a pension fund (AFP) of the Private Pension System.</li>"
                    "<li><strong>Payroll:</strong> ask for your pay slips and check that your employer has registered you on the electronic payroll.</li></ul>"
                    "<h3>If your rights are not respected</h3>"
                    "<p>You can file a complaint with the National Superintendency of Labour Inspection (SUNAFIL), which inspects employers, whatever your nationality.</p>"
                    "<h3>Your documents</h3>"
                    "<p>Keep your migration status and foreigner's identity card valid, and renew them with Migraciones on time. Do not hand your passport or card to your employer: they are yours.</p>",
                },
                "group": {"es": "b) Otras informaciones", "en": "b) Other information"},
                "component": "",
                "last_reviewed": "2026-11-23",
                "sources": [
                    {"title": {"es": "Superintendencia Nacional de Fiscalización Laboral (SUNAFIL)", "en": "National Superintendency of Labour Inspection (SUNAFIL)"}, "url": "https://www.gob.pe/sunafil"},
                    {"title": {"es": "Seguro Social de Salud (EsSalud)", "en": "Social Health Insurance (EsSalud)"}, "url": "https://www.gob.pe/essalud"},
                    {"title": {"es": "Superintendencia Nacional de Migraciones", "en": "National Superintendency of Migration"}, "url": "https://www.gob.pe/migraciones"},
                    {"title": {"es": "Ministerio de Trabajo y Promoción del Empleo", "en": "Ministry of Labour and Employment Promotion"}, "url": "https://www.gob.pe/mtpe"},
                ],
                "programmes": [],
            },
            {
                "slug": {"es": "convenios", "en": "agreements"},
                "title": {"es": "Convenios", "en": "Agreements"},
                "summary": {
                    "es": "Los convenios bilaterales, andinos y multilaterales que protegen a los trabajadores extranjeros y andinos en el Perú.",
                    "en": "The bilateral, Andean and multilateral agreements that protect foreign and Andean workers in Peru.",
                },
                "body": {
                    "es": "<p>Los convenios firmados por el Perú también benefician a quienes vienen a trabajar al país. Si eres nacional de uno de los países participantes, un convenio puede:</p>"
                    "<ul><li>permitirte sumar los aportes que hiciste en tu país a los que hagas en el Perú para obtener una pensión, como ocurre con los convenios de seguridad social con España y Chile, el Convenio Multilateral Iberoamericano de Seguridad Social y el Instrumento Andino de Seguridad Social;</li>"
                    "<li>facilitar tu residencia en el Perú, como el Acuerdo sobre Residencia del MERCOSUR;</li>"
                    "<li>darte igualdad de trato en el empleo, como la Decisión 545 para los nacionales de la Comunidad Andina.</li></ul>"
                    "<p>Para saber cómo aplicar un convenio a tu caso, consulta al MTPE, a la Oficina de Normalización Previsional (ONP) o a tu AFP, según el sistema de pensiones al que aportes.</p>",
                    "en": "<p>The agreements signed by Peru also benefit those who come to work in the country. If you are a national of one of the participating countries, an agreement may:</p>"
                    "<ul><li>let you add the contributions you paid in your country to those you pay in Peru to obtain a pension, as with the social security agreements with Spain and Chile, the Ibero-American Multilateral Social Security Convention and the Andean Social Security Instrument;</li>"
                    "<li>make it easier to obtain residence in Peru, as with the MERCOSUR Residence Agreement;</li>"
                    "<li>give you equal treatment in employment, as Decision 545 does for Andean Community nationals.</li></ul>"
                    "<p>To find out how an agreement applies to your case, ask the MTPE, the Pension Standardisation Office (ONP) or your AFP, depending on the pension system you contribute to.</p>",
                },
                "group": {"es": "b) Otras informaciones", "en": "b) Other information"},
                "component": "agreements",
                "last_reviewed": "2026-11-23",
                "sources": [
                    {"title": {"es": "Ministerio de Trabajo y Promoción del Empleo", "en": "Ministry of Labour and Employment Promotion"}, "url": "https://www.gob.pe/mtpe"},
                    {"title": {"es": "Oficina de Normalización Previsional (ONP)", "en": "Pension Standardisation Office (ONP)"}, "url": "https://www.gob.pe/onp"},
                    {"title": {"es": "Comunidad Andina", "en": "Andean Community"}, "url": "https://www.comunidadandina.org/"},
                ],
                "programmes": [],
            },
        ],
    },
]


INDICATORS = [
    {
        "name": {"es": "Remuneración mínima vital", "en": "Minimum living wage (Remuneración Mínima Vital)"},
        "unit": {"es": "S/ al mes", "en": "PEN per month"},
        "description": {
            "es": "Monto mínimo mensual que debe recibir un trabajador del régimen laboral de la actividad privada por una jornada completa; se muestra la fecha desde la que rige cada monto.",
            "en": "Minimum monthly pay for a full-time worker under the private-sector labour regime; each amount is shown with the date from which it applies.",
        },
        "source": {
            "es": "MTPE – Decretos supremos que fijan la remuneración mínima vital (D. S. N.º 004-2018-TR; D. S. N.º 006-2024-TR)",
            "en": "MTPE – Supreme decrees setting the minimum living wage (Supreme Decrees No. 004-2018-TR and No. 006-2024-TR)",
        },
        "source_url": "https://www.gob.pe/mtpe",
        "values": [
            {"period": {"es": "Desde el 1 de abril de 2018", "en": "From 1 April 2018"}, "period_end": "2018-04-01", "value": "930.00"},
            {"period": {"es": "Desde el 1 de mayo de 2022", "en": "From 1 May 2022"}, "period_end": "2022-05-01", "value": "1025.00"},
            {"period": {"es": "Desde el 1 de enero de 2025", "en": "From 1 January 2025"}, "period_end": "2025-01-01", "value": "1130.00"},
        ],
    },
    {
        "name": {"es": "Tasa de desempleo en Lima Metropolitana", "en": "Unemployment rate in Metropolitan Lima"},
        "unit": {"es": "%", "en": "%"},
        "description": {
            "es": "Porcentaje de la población económicamente activa de Lima Metropolitana (incluido el Callao) que busca empleo activamente; promedio anual.",
            "en": "Share of the economically active population of Metropolitan Lima (including Callao) actively looking for work; annual average.",
        },
        "source": {
            "es": "INEI – Situación del mercado laboral en Lima Metropolitana",
            "en": "INEI – Labour market situation in Metropolitan Lima",
        },
        "source_url": "https://www.inei.gob.pe/",
        "values": [
            {"period": {"es": "2023", "en": "2023"}, "period_end": "2023-12-31", "value": "6.8"},
            {"period": {"es": "2024", "en": "2024"}, "period_end": "2024-12-31", "value": "6.4"},
        ],
    },
    {
        "name": {"es": "Ingreso promedio mensual proveniente del trabajo en Lima Metropolitana", "en": "Average monthly income from work in Metropolitan Lima"},
        "unit": {"es": "S/", "en": "PEN"},
        "description": {
            "es": "Ingreso promedio mensual de la población ocupada de Lima Metropolitana por su actividad principal, en soles corrientes.",
            "en": "Average monthly income of employed people in Metropolitan Lima from their main job, in current soles.",
        },
        "source": {
            "es": "INEI – Situación del mercado laboral en Lima Metropolitana",
            "en": "INEI – Labour market situation in Metropolitan Lima",
        },
        "source_url": "https://www.inei.gob.pe/",
        "values": [
            {"period": {"es": "2024 (promedio anual)", "en": "2024 (annual average)"}, "period_end": "2024-12-31", "value": "2035.40"},
            {"period": {"es": "Trimestre móvil mayo–julio 2025", "en": "May–July 2025 rolling quarter"}, "period_end": "2025-07-31", "value": "2211.60"},
        ],
    },
    {
        "name": {"es": "Tasa de empleo informal (nacional)", "en": "Informal employment rate (national)"},
        "unit": {"es": "%", "en": "%"},
        "description": {
            "es": "Porcentaje de la población ocupada del país cuyo empleo no está sujeto a la legislación laboral, sin protección social ni beneficios, según la Encuesta Permanente de Empleo Nacional (EPEN).",
            "en": "Share of employed people nationwide whose job is not covered by labour legislation, without social protection or benefits, according to the National Permanent Employment Survey (EPEN).",
        },
        "source": {
            "es": "INEI – Encuesta Permanente de Empleo Nacional (EPEN)",
            "en": "INEI – National Permanent Employment Survey (EPEN)",
        },
        "source_url": "https://www.inei.gob.pe/",
        "values": [
            {"period": {"es": "Abril 2022 – marzo 2023", "en": "April 2022 – March 2023"}, "period_end": "2023-03-31", "value": "73.5"},
            {"period": {"es": "Enero – diciembre 2023", "en": "January – December 2023"}, "period_end": "2023-12-31", "value": "71.1"},
        ],
    },
]


AGREEMENTS = [
    {
        "title": {
            "es": "Convenio de Seguridad Social entre el Perú y España",
            "en": "Social Security Agreement between Peru and Spain",
        },
        "countries": ["ES"],
        "kind": "bilateral",
        "topic": "social_security",
        "signed": "2003-06-16",
        "in_force": "2005-02-01",
        "summary": {
            "es": "Permite sumar los periodos de aportes en el Perú y en España para acceder a pensiones de jubilación, invalidez y sobrevivencia, y cobrarlas en el otro país.",
            "en": "Lets workers add up contribution periods in Peru and Spain to qualify for old-age, invalidity and survivors' pensions, and receive them in the other country.",
        },
        "body": {
            "es": "<p>Firmado en Madrid el 16 de junio de 2003, el convenio garantiza la igualdad de trato en materia de seguridad social entre peruanos y españoles y la totalización de los periodos de seguro cumplidos en ambos países. Cada país paga la parte de la pensión que corresponde a los aportes hechos en él. Un Acuerdo Administrativo de 2007 regula su aplicación. En España lo gestiona el Instituto Nacional de la Seguridad Social; en el Perú intervienen la ONP y el Sistema Privado de Pensiones.</p>",
            "en": "<p>Signed in Madrid on 16 June 2003, the agreement guarantees equal treatment in social security between Peruvians and Spaniards and the totalisation of insurance periods completed in both countries. Each country pays the share of the pension corresponding to the contributions made there. A 2007 Administrative Arrangement governs its application. In Spain it is handled by the National Social Security Institute; in Peru the ONP and the Private Pension System are involved.</p>",
        },
        "url": "https://www.seg-social.es/",
    },
    {
        "title": {
            "es": "Convenio entre el Perú y España sobre regulación y ordenación de los flujos migratorios laborales",
            "en": "Agreement between Peru and Spain on the regulation and management of labour migration flows",
        },
        "countries": ["ES"],
        "kind": "bilateral",
        "topic": "labour_migration",
        "signed": None,
        "in_force": None,
        "summary": {
            "es": "Convenio de 2004 que establece un marco para la contratación ordenada de trabajadores peruanos en España y la protección de sus derechos.",
            "en": "A 2004 agreement setting a framework for the orderly recruitment of Peruvian workers in Spain and the protection of their rights.",
        },
        "body": {
            "es": "<p>Suscrito en 2004, el convenio prevé que las ofertas de empleo de España para trabajadores extranjeros puedan canalizarse hacia el Perú, con la participación de las autoridades de ambos países en la preselección de candidatos. Incluye disposiciones sobre los derechos y condiciones laborales de los trabajadores migrantes, su retorno y la lucha contra la migración irregular. La contratación concreta depende de las ofertas que se presenten en cada momento.</p>",
            "en": "<p>Signed in 2004, the agreement provides for Spanish job offers for foreign workers to be channelled to Peru, with the authorities of both countries taking part in the preselection of candidates. It includes provisions on migrant workers' rights and working conditions, their return and the fight against irregular migration. Actual recruitment depends on the job offers made at any given time.</p>",
        },
        "url": "https://www.inclusion.gob.es/",
    },
    {
        "title": {
            "es": "Convenio de Seguridad Social entre el Perú y Chile",
            "en": "Social Security Agreement between Peru and Chile",
        },
        "countries": ["CL"],
        "kind": "bilateral",
        "topic": "social_security",
        "signed": "2002-08-23",
        "in_force": None,
        "summary": {
            "es": "Coordina los sistemas de pensiones del Perú y de Chile para que los trabajadores puedan sumar sus periodos de aportes en ambos países.",
            "en": "Coordinates the pension systems of Peru and Chile so that workers can add up their contribution periods in both countries.",
        },
        "body": {
            "es": "<p>Firmado en Santiago de Chile el 23 de agosto de 2002, el convenio establece la igualdad de trato, la totalización de los periodos de seguro para las pensiones de vejez, invalidez y sobrevivencia, y el pago de las pensiones a quienes residen en el otro país. Incluye disposiciones para los afiliados a sistemas de capitalización individual (AFP) de ambos países. Un Acuerdo Administrativo regula su aplicación; en el Perú, el MTPE coordina su aplicación junto con la ONP y la Superintendencia de Banca, Seguros y AFP.</p>",
            "en": "<p>Signed in Santiago de Chile on 23 August 2002, the agreement establishes equal treatment, the totalisation of insurance periods for old-age, invalidity and survivors' pensions, and payment of pensions to people living in the other country. It includes provisions for members of both countries' individual-account systems (AFPs). An Administrative Arrangement governs its application; in Peru, the MTPE coordinates it together with the ONP and the Superintendency of Banking, Insurance and AFPs.</p>",
        },
        "url": "https://www.spensiones.cl/",
    },
    {
        "title": {
            "es": "Convenio de Migración entre el Perú y Argentina y sus Protocolos Adicionales",
            "en": "Migration Agreement between Peru and Argentina and its Additional Protocols",
        },
        "countries": ["AR"],
        "kind": "bilateral",
        "topic": "residence",
        "signed": "1998-08-12",
        "in_force": None,
        "summary": {
            "es": "Convenio de 1998 que facilitó la regularización migratoria y la residencia de peruanos en Argentina y de argentinos en el Perú.",
            "en": "A 1998 agreement that made it easier for Peruvians in Argentina, and Argentines in Peru, to regularise their status and obtain residence.",
        },
        "body": {
            "es": "<p>Suscrito en Lima el 12 de agosto de 1998 y modificado por protocolos adicionales, el convenio permitió a los nacionales de cada país que trabajaban en el otro regularizar su situación migratoria y obtener residencia, con igualdad de derechos laborales. Hoy, los peruanos en Argentina obtienen la residencia principalmente por el criterio de nacionalidad MERCOSUR, en el marco del Acuerdo sobre Residencia del MERCOSUR. Consulta los requisitos vigentes en la Dirección Nacional de Migraciones de Argentina.</p>",
            "en": "<p>Signed in Lima on 12 August 1998 and amended by additional protocols, the agreement allowed nationals of each country working in the other to regularise their status and obtain residence, with equal labour rights. Today, Peruvians in Argentina obtain residence mainly under the MERCOSUR nationality criterion, within the MERCOSUR Residence Agreement. Check current requirements with Argentina's National Directorate of Migration.</p>",
        },
        "url": "https://www.argentina.gob.ar/interior/migraciones",
    },
    {
        "title": {
            "es": "Convenio Multilateral Iberoamericano de Seguridad Social",
            "en": "Ibero-American Multilateral Social Security Convention",
        },
        "countries": ["AR", "BO", "BR", "CL", "EC", "SV", "ES", "PY", "PT", "UY"],
        "kind": "multilateral",
        "topic": "social_security",
        "signed": None,
        "in_force": None,
        "summary": {
            "es": "Permite sumar los aportes hechos en los países iberoamericanos que lo aplican para obtener pensiones de vejez, invalidez y sobrevivencia.",
            "en": "Lets workers add up contributions paid in the Ibero-American countries that apply it to obtain old-age, invalidity and survivors' pensions.",
        },
        "body": {
            "es": "<p>Adoptado en la XVII Cumbre Iberoamericana de Santiago de Chile, en noviembre de 2007, e impulsado por la Organización Iberoamericana de Seguridad Social (OISS), el convenio coordina las legislaciones de pensiones de los Estados que lo aplican. El Perú lo aprobó mediante la Resolución Legislativa N.º 30091 (2013). Cubre las prestaciones económicas de invalidez, vejez, sobrevivencia y accidentes de trabajo y enfermedades profesionales; no cubre la asistencia sanitaria. Cuando además existe un convenio bilateral, como con España o Chile, se aplica la disposición más favorable al trabajador.</p>",
            "en": "<p>Adopted at the 17th Ibero-American Summit in Santiago de Chile in November 2007 and promoted by the Ibero-American Social Security Organisation (OISS), the convention coordinates the pension legislation of the States that apply it. Peru approved it by Legislative Resolution No. 30091 (2013). It covers cash benefits for invalidity, old age, survivors and work accidents and occupational diseases; it does not cover health care. Where a bilateral agreement also exists, as with Spain or Chile, the provision most favourable to the worker applies.</p>",
        },
        "url": "https://oiss.org/",
    },
    {
        "title": {
            "es": "Decisión 545 de la Comunidad Andina – Instrumento Andino de Migración Laboral",
            "en": "Andean Community Decision 545 – Andean Labour Migration Instrument",
        },
        "countries": ["BO", "CO", "EC"],
        "kind": "multilateral",
        "topic": "labour_migration",
        "signed": "2003-06-25",
        "in_force": None,
        "summary": {
            "es": "Norma comunitaria que permite a los nacionales de Bolivia, Colombia, Ecuador y el Perú trabajar en los otros países andinos con igualdad de trato.",
            "en": "Community rule allowing nationals of Bolivia, Colombia, Ecuador and Peru to work in the other Andean countries with equal treatment.",
        },
        "body": {
            "es": "<p>Aprobada por el Consejo Andino de Ministros de Relaciones Exteriores el 25 de junio de 2003, establece normas para la libre circulación y permanencia de los nacionales andinos con fines laborales bajo relación de dependencia. Reconoce la igualdad de trato y oportunidades, la libertad sindical y la protección social del trabajador migrante andino, y obliga a cada país a contar con una Oficina de Migración Laboral. Como norma comunitaria, se aplica directamente en los países miembros, sin necesidad de ratificación.</p>",
            "en": "<p>Adopted by the Andean Council of Foreign Ministers on 25 June 2003, it sets rules for the free movement and stay of Andean nationals for the purpose of dependent employment. It recognises equal treatment and opportunities, freedom of association and social protection for Andean migrant workers, and requires each country to have a Labour Migration Office. As a community rule, it applies directly in member countries, without ratification.</p>",
        },
        "url": "https://www.comunidadandina.org/",
    },
    {
        "title": {
            "es": "Decisión 583 de la Comunidad Andina – Instrumento Andino de Seguridad Social",
            "en": "Andean Community Decision 583 – Andean Social Security Instrument",
        },
        "countries": ["BO", "CO", "EC"],
        "kind": "multilateral",
        "topic": "social_security",
        "signed": "2004-05-07",
        "in_force": None,
        "summary": {
            "es": "Norma comunitaria que garantiza a los migrantes laborales andinos los mismos derechos de seguridad social que a los nacionales y la conservación de sus derechos adquiridos.",
            "en": "Community rule guaranteeing Andean labour migrants the same social security rights as nationals and the preservation of their acquired rights.",
        },
        "body": {
            "es": "<p>Aprobada el 7 de mayo de 2004 en sustitución de la Decisión 546, reconoce a los migrantes laborales andinos y a sus beneficiarios los mismos derechos y obligaciones en materia de seguridad social que a los nacionales del país donde trabajan, y prevé la totalización de los periodos de seguro cumplidos en los distintos países miembros para acceder a las prestaciones. Su aplicación práctica depende de su reglamento y de los procedimientos de las instituciones de seguridad social: consulta a la ONP, a tu AFP o a EsSalud.</p>",
            "en": "<p>Adopted on 7 May 2004, replacing Decision 546, it grants Andean labour migrants and their beneficiaries the same social security rights and obligations as nationals of the country where they work, and provides for the totalisation of insurance periods completed in the different member countries to qualify for benefits. Its practical application depends on its implementing regulation and on the procedures of the social security institutions: ask the ONP, your AFP or EsSalud.</p>",
        },
        "url": "https://www.comunidadandina.org/",
    },
    {
        "title": {
            "es": "Acuerdo sobre Residencia para Nacionales de los Estados Partes del MERCOSUR, Bolivia y Chile",
            "en": "Agreement on Residence for Nationals of the MERCOSUR States Parties, Bolivia and Chile",
        },
        "countries": ["AR", "BR", "PY", "UY", "BO", "CL", "CO", "EC"],
        "kind": "multilateral",
        "topic": "residence",
        "signed": "2002-12-06",
        "in_force": None,
        "summary": {
            "es": "Permite a los nacionales de los países que lo aplican obtener una residencia temporal de hasta dos años, y luego permanente, en los demás, con derecho a trabajar.",
            "en": "Lets nationals of the countries that apply it obtain temporary residence of up to two years, and then permanent residence, in the others, with the right to work.",
        },
        "body": {
            "es": "<p>Firmado en Brasilia el 6 de diciembre de 2002 por los Estados Partes del MERCOSUR, Bolivia y Chile, el acuerdo otorga la residencia con base en la nacionalidad, con requisitos sencillos (documento de identidad, partida de nacimiento y certificado de antecedentes penales), e igualdad de derechos civiles y laborales. El Perú, Estado asociado del MERCOSUR, se adhirió en 2011. Su aplicación a los nacionales peruanos depende de cada país: Argentina y Brasil, por ejemplo, otorgan residencia a los peruanos por este criterio, pero no todos los países firmantes lo aplican a los peruanos (Chile, por ejemplo, no lo hace). Consulta siempre a la autoridad migratoria del país de destino.</p>",
            "en": "<p>Signed in Brasília on 6 December 2002 by the MERCOSUR States Parties, Bolivia and Chile, the agreement grants residence on the basis of nationality, with simple requirements (identity document, birth certificate and criminal record certificate), and equal civil and labour rights. Peru, a MERCOSUR associated State, acceded in 2011. Its application to Peruvian nationals depends on each country: Argentina and Brazil, for example, grant Peruvians residence on this basis, but not every signatory applies it to Peruvians (Chile, for example, does not). Always check with the migration authority of the destination country.</p>",
        },
        "url": "https://www.mercosur.int/",
    },
]
