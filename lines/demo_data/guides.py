"""Country guides (line 3 of Perú InfoMigra) and support institutions abroad.

Plain data read by lines/demo.py. Facts checked on 2026-11-23; where a rule was
changing (United States H-1B payment, Spain's new immigration regulation, Argentina's
Decree 366/2025) the text says so and points readers to the official source.
"""

GUIDES = [
    # ------------------------------------------------------------------ UNITED STATES
    {
        "country": "US",
        "slug": {"es": "estados-unidos", "en": "united-states"},
        "title": {
            "es": "Guía para trabajar en Estados Unidos",
            "en": "Guide to working in the United States",
        },
        "summary": {
            "es": "Las vías legales de visa de trabajo para peruanos, los derechos laborales que te protegen sea cual sea tu estatus migratorio y los primeros trámites al llegar.",
            "en": "The legal work-visa routes open to Peruvians, the labour rights that protect you whatever your immigration status, and your first steps on arrival.",
        },
        "last_reviewed": "2026-11-23",
        "chapters": [
            {
                "kind": "work_permit",
                "title": {"es": "Visas y permisos de trabajo", "en": "Work visas and permits"},
                "body": {
                    "es": '<p>El Perú <strong>no forma parte del Programa de Exención de Visas</strong> (Visa Waiver Program): todo peruano necesita visa para entrar a Estados Unidos. La visa de turismo y negocios (B1/B2) <strong>no permite trabajar</strong>; hacerlo puede llevar a la cancelación de la visa y a prohibiciones de ingreso futuras.</p><h3>Principales vías de trabajo</h3><ul><li><strong>H-2A</strong> (trabajo agrícola temporal) y <strong>H-2B</strong> (trabajo temporal no agrícola, por ejemplo en hotelería, jardinería o construcción): el empleador obtiene una certificación laboral del Departamento de Trabajo y presenta la petición ante USCIS. Solo se aprueban, en general, para nacionales de los países de la lista que el Departamento de Seguridad Nacional publica cada año; el Perú ha figurado en ella, pero verifica la lista vigente.</li><li><strong>H-1B</strong> (ocupaciones especializadas que exigen título universitario): tiene un cupo anual que se asigna por sorteo. En septiembre de 2025 una proclamación presidencial impuso un pago adicional de 100 000 USD a muchas peticiones nuevas para trabajadores que están fuera del país; confirma en <a href="https://www.uscis.gov">uscis.gov</a> si sigue vigente.</li><li><strong>Residencia permanente por empleo</strong> (EB-2, EB-3): en la mayoría de casos requiere una certificación laboral y la petición I-140 del empleador.</li></ul><p>Con la petición aprobada, llenas el formulario <strong>DS-160</strong>, pagas la tarifa y asistes a la entrevista en la <a href="https://pe.usembassy.gov/es/">Embajada de Estados Unidos en Lima</a>. Nadie puede “garantizarte” una visa.</p>',
                    "en": '<p>Peru <strong>is not part of the Visa Waiver Program</strong>: every Peruvian needs a visa to enter the United States. The visitor visa for tourism and business (B1/B2) <strong>does not allow you to work</strong>; doing so can lead to the visa being cancelled and to future bans on entry.</p><h3>Main work routes</h3><ul><li><strong>H-2A</strong> (temporary farm work) and <strong>H-2B</strong> (temporary non-farm work, for example in hospitality, landscaping or construction): the employer obtains a labour certification from the Department of Labor and files the petition with USCIS. As a rule these are approved only for nationals of the countries on the list the Department of Homeland Security publishes each year; Peru has been on it, but check the current list.</li><li><strong>H-1B</strong> (specialty occupations requiring a university degree): an annual cap is allocated by lottery. In September 2025 a presidential proclamation imposed an extra payment of USD 100,000 on many new petitions for workers outside the country; check on <a href="https://www.uscis.gov">uscis.gov</a> whether it still applies.</li><li><strong>Employment-based permanent residence</strong> (EB-2, EB-3): in most cases it requires a labour certification and the employer’s I-140 petition.</li></ul><p>Once the petition is approved, you complete form <strong>DS-160</strong>, pay the fee and attend the interview at the <a href="https://pe.usembassy.gov/">U.S. Embassy in Lima</a>. Nobody can “guarantee” you a visa.</p>',
                },
            },
            {
                "kind": "before_travel",
                "title": {"es": "Antes de viajar", "en": "Before you travel"},
                "body": {
                    "es": "<ul><li><strong>Pasaporte</strong> vigente durante toda tu estadía y la visa que corresponde a tu trabajo; revisa que los datos del DS-160 coincidan con tu contrato.</li><li><strong>Documentos apostillados</strong>: partidas de nacimiento y matrimonio, títulos, certificados de estudios y antecedentes penales. El Perú y Estados Unidos son parte del Convenio de la Apostilla; en el Perú apostilla el Ministerio de Relaciones Exteriores. Lleva traducciones al inglés de lo que te pidan.</li><li><strong>Revisa la oferta</strong>: en los programas H-2A y H-2B está prohibido cobrar al trabajador tarifas de reclutamiento. Desconfía de quien te pida dinero por un “cupo”, una visa o un contrato, y verifica que la agencia esté inscrita en el registro de agencias privadas de empleo del Ministerio de Trabajo y Promoción del Empleo (MTPE).</li><li>Si sospechas de trata de personas o trabajo forzoso, llama a la <strong>Línea 1818</strong> del Ministerio del Interior (gratuita, las 24 horas).</li><li>Lleva dinero para las primeras semanas y contrata un <strong>seguro médico</strong> de viaje: la atención médica en Estados Unidos es muy costosa.</li><li>Al llegar, inscríbete en el consulado peruano de tu jurisdicción y actualiza tu domicilio en el DNI ante RENIEC.</li></ul>",
                    "en": "<ul><li>A <strong>passport</strong> valid for your whole stay and the visa that matches your job; check that the DS-160 details match your contract.</li><li><strong>Apostilled documents</strong>: birth and marriage certificates, degrees, transcripts and criminal-record certificates. Peru and the United States are parties to the Apostille Convention; in Peru the Ministry of Foreign Affairs issues the apostille. Bring English translations of whatever you are asked for.</li><li><strong>Check the offer</strong>: in the H-2A and H-2B programmes it is forbidden to charge the worker recruitment fees. Be wary of anyone asking you for money for a “place”, a visa or a contract, and check that the agency is listed in the register of private employment agencies of Peru’s Ministry of Labour (MTPE).</li><li>If you suspect human trafficking or forced labour, call the Ministry of the Interior’s <strong>Line 1818</strong> (free, 24 hours).</li><li>Bring money for your first weeks and buy travel <strong>health insurance</strong>: medical care in the United States is very expensive.</li><li>On arrival, register with the Peruvian consulate for your area and update the address on your DNI with RENIEC.</li></ul>",
                },
            },
            {
                "kind": "health",
                "title": {"es": "Primeros pasos: salud", "en": "First steps: health"},
                "body": {
                    "es": '<p>Estados Unidos no tiene un sistema de salud público universal: la mayoría de personas tiene seguro a través de su empleador o lo compra. Revisa si tu contrato incluye seguro médico.</p><ul><li>En una <strong>emergencia</strong>, los hospitales con servicio de urgencias que participan en Medicare deben evaluarte y estabilizarte aunque no puedas pagar y sin importar tu estatus migratorio (ley federal EMTALA).</li><li>Los <strong>centros de salud comunitarios</strong> con financiamiento federal atienden a todas las personas, con tarifas según tus ingresos. Búscalos en <a href="https://findahealthcenter.hrsa.gov">findahealthcenter.hrsa.gov</a>.</li><li><strong>Medicaid</strong> y los subsidios para seguros dependen de tu estatus migratorio, tus ingresos y tu estado, y las reglas para inmigrantes se han vuelto más restrictivas desde 2025. Infórmate en <a href="https://www.healthcare.gov">HealthCare.gov</a> o en la oficina de Medicaid de tu estado.</li><li>Si te accidentas en el trabajo, avisa de inmediato a tu empleador: en la mayoría de los estados la compensación laboral (workers’ compensation) cubre los gastos médicos y parte del salario.</li></ul>',
                    "en": '<p>The United States has no universal public health system: most people are insured through their employer or buy a policy. Check whether your contract includes health insurance.</p><ul><li>In an <strong>emergency</strong>, hospitals with an emergency department that take part in Medicare must screen and stabilise you even if you cannot pay and whatever your immigration status (federal EMTALA law).</li><li>Federally funded <strong>community health centers</strong> serve everyone, with fees based on income. Find one at <a href="https://findahealthcenter.hrsa.gov">findahealthcenter.hrsa.gov</a>.</li><li><strong>Medicaid</strong> and insurance subsidies depend on your immigration status, income and state, and the rules for immigrants have become stricter since 2025. Check <a href="https://www.healthcare.gov">HealthCare.gov</a> or your state Medicaid office.</li><li>If you are injured at work, tell your employer at once: in most states workers’ compensation covers medical costs and part of your wages.</li></ul>',
                },
            },
            {
                "kind": "education",
                "title": {"es": "Primeros pasos: educación", "en": "First steps: education"},
                "body": {
                    "es": "<ul><li>La <strong>escuela pública</strong> desde kínder hasta el grado 12 (K-12) es gratuita. Por la sentencia de la Corte Suprema <em>Plyler v. Doe</em> (1982), las escuelas públicas no pueden negar la matrícula a un niño por su situación migratoria ni por no tener número de Seguro Social. Suelen pedir prueba de domicilio, de edad y de vacunas.</li><li>Los alumnos que están aprendiendo inglés tienen derecho a apoyo lingüístico en la escuela.</li><li>Para adultos, los <strong>community colleges</strong> y los distritos escolares ofrecen clases de inglés (ESL) y preparación para el examen GED, a menudo a bajo costo.</li><li>Para ejercer una profesión regulada (enfermería, docencia, ingeniería, entre otras) necesitas una licencia del estado. Tu título peruano normalmente requiere una <strong>evaluación de credenciales</strong> por una agencia reconocida y, a veces, exámenes adicionales.</li><li>Lleva tus títulos y certificados de notas apostillados y, si puedes, ya traducidos.</li></ul>",
                    "en": "<ul><li><strong>Public school</strong> from kindergarten to grade 12 (K-12) is free. Under the Supreme Court ruling <em>Plyler v. Doe</em> (1982), public schools cannot refuse to enrol a child because of immigration status or for lacking a Social Security number. They usually ask for proof of address, age and vaccinations.</li><li>Pupils who are learning English are entitled to language support at school.</li><li>For adults, <strong>community colleges</strong> and school districts offer English classes (ESL) and preparation for the GED exam, often at low cost.</li><li>To practise a regulated profession (nursing, teaching, engineering and others) you need a state licence. Your Peruvian degree will normally need a <strong>credential evaluation</strong> by a recognised agency and sometimes further exams.</li><li>Bring your degrees and transcripts apostilled and, if you can, already translated.</li></ul>",
                },
            },
            {
                "kind": "labour_rights",
                "title": {
                    "es": "Defiende tus derechos laborales",
                    "en": "Defending your labour rights",
                },
                "body": {
                    "es": '<p>La mayoría de las leyes laborales federales protegen a los trabajadores <strong>sin importar su situación migratoria</strong>.</p><ul><li><strong>Salario mínimo y horas extra</strong>: el salario mínimo federal es de 7,25 USD por hora (muchos estados y ciudades fijan montos mayores) y, en general, las horas que pasan de 40 por semana se pagan a 1,5 veces tu tarifa. Puedes reclamar ante la <a href="https://www.dol.gov/agencies/whd">División de Salarios y Horas (WHD)</a> del Departamento de Trabajo, de forma gratuita y confidencial.</li><li><strong>Seguridad y salud</strong>: tienes derecho a un lugar de trabajo seguro y a denunciar riesgos ante <a href="https://www.osha.gov">OSHA</a> sin sufrir represalias.</li><li><strong>Discriminación</strong> por origen nacional, raza, sexo o religión: presenta tu denuncia ante la <a href="https://www.eeoc.gov">EEOC</a>.</li><li>Los trabajadores H-2A tienen garantías adicionales: vivienda gratuita, transporte, un salario mínimo propio del programa y el pago de al menos tres cuartas partes de las horas ofrecidas en el contrato.</li><li>Nadie puede retener tu pasaporte para obligarte a trabajar: es un delito federal.</li></ul><p>Guarda copias de tu contrato, tus recibos de pago y un registro propio de tus horas.</p>',
                    "en": '<p>Most federal labour laws protect workers <strong>regardless of immigration status</strong>.</p><ul><li><strong>Minimum wage and overtime</strong>: the federal minimum wage is USD 7.25 an hour (many states and cities set higher rates) and, as a rule, hours over 40 a week are paid at 1.5 times your rate. You can complain to the Department of Labor’s <a href="https://www.dol.gov/agencies/whd">Wage and Hour Division (WHD)</a>, free of charge and confidentially.</li><li><strong>Safety and health</strong>: you have the right to a safe workplace and to report hazards to <a href="https://www.osha.gov">OSHA</a> without retaliation.</li><li><strong>Discrimination</strong> because of national origin, race, sex or religion: file a charge with the <a href="https://www.eeoc.gov">EEOC</a>.</li><li>H-2A workers have extra guarantees: free housing, transport, a programme-specific minimum wage and payment for at least three quarters of the hours offered in the contract.</li><li>No one may keep your passport to force you to work: it is a federal crime.</li></ul><p>Keep copies of your contract and pay slips, and your own record of the hours you work.</p>',
                },
            },
            {
                "kind": "admin_procedures",
                "title": {"es": "Trámites al llegar", "en": "Procedures on arrival"},
                "body": {
                    "es": '<ul><li><strong>Registro I-94</strong>: tu registro de entrada es electrónico. Descárgalo en <a href="https://i94.cbp.dhs.gov">i94.cbp.dhs.gov</a> y comprueba que tu categoría y la fecha límite de estadía sean correctas.</li><li><strong>Número de Seguro Social (SSN)</strong>: si tienes autorización para trabajar, solicítalo en una oficina de la <a href="https://www.ssa.gov">Administración del Seguro Social</a>; lo necesitas para tu nómina y tus impuestos.</li><li><strong>Formulario I-9</strong>: en tus primeros días de trabajo el empleador verifica tu identidad y tu autorización de empleo.</li><li><strong>Impuestos</strong>: presenta cada año tu declaración ante el IRS. Si debes declarar y no puedes obtener un SSN, puedes solicitar un número ITIN.</li><li><strong>Identificación o licencia de conducir</strong>: se tramitan en la oficina de vehículos motorizados (DMV) de tu estado; los requisitos varían.</li><li>Inscríbete en el <strong>Registro de Nacionales</strong> del consulado peruano y mantén vigentes tu DNI y tu pasaporte.</li></ul><p>Guarda copias digitales de todos tus documentos. Pide asesoría migratoria solo a abogados o representantes acreditados, nunca a “notarios” que ofrecen trámites migratorios.</p>',
                    "en": '<ul><li><strong>I-94 record</strong>: your arrival record is electronic. Download it from <a href="https://i94.cbp.dhs.gov">i94.cbp.dhs.gov</a> and check that your category and the date your stay ends are correct.</li><li><strong>Social Security number (SSN)</strong>: if you are authorised to work, apply at a <a href="https://www.ssa.gov">Social Security Administration</a> office; you need it for payroll and taxes.</li><li><strong>Form I-9</strong>: in your first days at work your employer verifies your identity and employment authorisation.</li><li><strong>Taxes</strong>: file a return with the IRS every year. If you must file and cannot get an SSN, you can apply for an ITIN.</li><li><strong>State ID or driver’s licence</strong>: issued by your state’s motor vehicle office (DMV); requirements vary.</li><li>Register in the Peruvian consulate’s <strong>Registry of Nationals</strong> and keep your DNI and passport valid.</li></ul><p>Keep digital copies of all your documents. Take immigration advice only from lawyers or accredited representatives, never from “notarios” offering immigration paperwork.</p>',
                },
            },
            {
                "kind": "housing",
                "title": {"es": "Vivienda y costo de vida", "en": "Housing and cost of living"},
                "body": {
                    "es": '<p>La vivienda es uno de los gastos más altos y varía muchísimo entre grandes ciudades y zonas rurales, por lo que no existe una cifra única. Antes de aceptar una oferta, averigua cuánto cuesta alquilar en la ciudad de destino y si el empleador ofrece alojamiento.</p><ul><li>Al alquilar suelen pedir un depósito de garantía, el primer mes por adelantado, comprobantes de ingresos e historial de crédito. Exige un contrato escrito y un recibo por cada pago.</li><li>La <strong>Ley de Vivienda Justa</strong> prohíbe discriminarte por tu origen nacional, raza, religión, sexo o por tener hijos. Puedes denunciar ante el <a href="https://www.hud.gov">Departamento de Vivienda y Desarrollo Urbano (HUD)</a>.</li><li>En el programa H-2A el empleador debe darte vivienda gratuita que cumpla normas de seguridad. En el H-2B no es obligatorio: pregunta antes y revisa los descuentos en tu pago.</li><li>Las normas sobre depósitos, reparaciones y desalojos son estatales y locales; consulta a organizaciones de ayuda legal de tu ciudad.</li></ul>',
                    "en": '<p>Housing is one of the biggest expenses and varies enormously between large cities and rural areas, so there is no single figure. Before accepting an offer, find out what renting costs in the destination city and whether the employer provides accommodation.</p><ul><li>Landlords usually ask for a security deposit, the first month in advance, proof of income and a credit history. Insist on a written lease and a receipt for every payment.</li><li>The <strong>Fair Housing Act</strong> forbids discrimination because of national origin, race, religion, sex or having children. You can complain to the <a href="https://www.hud.gov">Department of Housing and Urban Development (HUD)</a>.</li><li>In the H-2A programme the employer must give you free housing that meets safety standards. In H-2B this is not required: ask beforehand and check any deductions from your pay.</li><li>Rules on deposits, repairs and evictions are set by states and cities; ask legal aid organisations in your city.</li></ul>',
                },
            },
            {
                "kind": "consulates",
                "title": {
                    "es": "Consulados e instituciones de apoyo",
                    "en": "Consulates and support institutions",
                },
                "body": {
                    "es": '<p>El Perú tiene una embajada en Washington D. C. y una amplia red de consulados generales en Estados Unidos. Tu consulado te ayuda con el DNI, el pasaporte, el registro civil, poderes y certificados, y te asiste en emergencias como detenciones, accidentes o fallecimientos. No tramita visas ni permisos de trabajo estadounidenses.</p><p>Cada consulado atiende una jurisdicción según el estado donde vives y casi todos los trámites requieren cita. Inscribirte en el Registro de Nacionales facilita que te ubiquen en una emergencia. La lista completa de oficinas consulares está en el portal de la <a href="https://www.gob.pe/rree">Cancillería</a>. Abajo encontrarás consulados, entidades públicas estadounidenses y organizaciones que orientan a trabajadores migrantes.</p>',
                    "en": '<p>Peru has an embassy in Washington, D.C. and a wide network of consulates general across the United States. Your consulate helps with your DNI, passport, civil registration, powers of attorney and certificates, and assists you in emergencies such as arrest, accidents or death. It does not handle U.S. visas or work permits.</p><p>Each consulate serves a jurisdiction based on the state where you live, and almost every service needs an appointment. Registering in the Registry of Nationals makes it easier to reach you in an emergency. The full list of consular offices is on the <a href="https://www.gob.pe/rree">Ministry of Foreign Affairs</a> portal. Below you will find consulates, U.S. public agencies and organisations that advise migrant workers.</p>',
                },
            },
            {
                "kind": "agreements",
                "title": {
                    "es": "Acuerdos con Estados Unidos",
                    "en": "Agreements with the United States",
                },
                "body": {
                    "es": "<p>El Perú y Estados Unidos <strong>no tienen un convenio bilateral de seguridad social</strong> (acuerdo de totalización): los aportes al Seguro Social estadounidense y a la ONP o a una AFP peruana no se suman para obtener una pensión. Para una jubilación del Seguro Social se necesitan, en general, 40 créditos (unos diez años de aportes); consulta a la SSA sobre el pago de beneficios a quienes viven fuera del país.</p><p>Tampoco existe un programa bilateral de migración laboral. El Acuerdo de Promoción Comercial Perú–Estados Unidos, vigente desde 2009, incluye un capítulo laboral con compromisos sobre derechos fundamentales en el trabajo, pero no otorga visas ni permisos. Abajo se listan los acuerdos registrados en este portal.</p>",
                    "en": "<p>Peru and the United States <strong>have no bilateral social security agreement</strong> (totalization agreement): contributions to U.S. Social Security and to Peru’s ONP or a private pension fund (AFP) cannot be added together to qualify for a pension. A Social Security retirement benefit generally requires 40 credits (about ten years of contributions); ask the SSA about benefits paid to people living abroad.</p><p>Nor is there a bilateral labour migration programme. The Peru–United States Trade Promotion Agreement, in force since 2009, has a labour chapter with commitments on fundamental rights at work, but it grants no visas or permits. The agreements recorded on this portal are listed below.</p>",
                },
            },
        ],
        "sources": [
            {
                "title": {
                    "es": "Departamento de Estado – Visas (travel.state.gov)",
                    "en": "Department of State – Visas (travel.state.gov)",
                },
                "url": "https://travel.state.gov",
            },
            {
                "title": {
                    "es": "Servicio de Ciudadanía e Inmigración (USCIS)",
                    "en": "U.S. Citizenship and Immigration Services (USCIS)",
                },
                "url": "https://www.uscis.gov",
            },
            {
                "title": {
                    "es": "Departamento de Trabajo – División de Salarios y Horas",
                    "en": "Department of Labor – Wage and Hour Division",
                },
                "url": "https://www.dol.gov/agencies/whd",
            },
            {
                "title": {
                    "es": "Embajada de Estados Unidos en el Perú",
                    "en": "U.S. Embassy in Peru",
                },
                "url": "https://pe.usembassy.gov/es/",
            },
            {
                "title": {
                    "es": "Ministerio de Relaciones Exteriores del Perú",
                    "en": "Ministry of Foreign Affairs of Peru",
                },
                "url": "https://www.gob.pe/rree",
            },
        ],
    },
    # ------------------------------------------------------------------ SPAIN
    {
        "country": "ES",
        "slug": {"es": "espana", "en": "spain"},
        "title": {"es": "Guía para trabajar en España", "en": "Guide to working in Spain"},
        "summary": {
            "es": "Cómo obtener una autorización de residencia y trabajo con el nuevo Reglamento de Extranjería vigente desde mayo de 2025, y qué hacer al llegar: padrón, tarjeta sanitaria, TIE y derechos laborales.",
            "en": "How to obtain a residence and work authorisation under the new immigration regulation in force since May 2025, and what to do on arrival: municipal register, health card, TIE and labour rights.",
        },
        "last_reviewed": "2026-11-23",
        "chapters": [
            {
                "kind": "work_permit",
                "title": {
                    "es": "Autorizaciones de residencia y trabajo",
                    "en": "Residence and work authorisations",
                },
                "body": {
                    "es": '<p>Como peruano puedes entrar a España <strong>sin visa como turista hasta 90 días</strong> dentro de un periodo de 180, pero esa estancia <strong>no permite trabajar</strong>. Para trabajar necesitas una <strong>autorización de residencia y trabajo</strong>.</p><ul><li><strong>Por cuenta ajena</strong>: el empleador presenta la solicitud ante la Oficina de Extranjería. Por lo general se tiene en cuenta la situación nacional de empleo, por lo que es más viable si el puesto figura en el <strong>Catálogo de Ocupaciones de Difícil Cobertura</strong> que publica el SEPE. Concedida la autorización, pides el visado en el Consulado General de España en Lima.</li><li><strong>Gestión colectiva de contrataciones en origen</strong>: selección y contratación en el país de origen para empleos estables o de temporada, con prioridad para países con acuerdos de flujos migratorios, como el Perú.</li><li><strong>Profesionales altamente cualificados</strong> y Tarjeta Azul UE.</li><li><strong>Arraigo</strong>: vías de regularización para quien ya vive en España.</li></ul><p>Desde el <strong>20 de mayo de 2025</strong> rige el nuevo Reglamento de Extranjería (<strong>Real Decreto 1155/2024</strong>): en general, las autorizaciones iniciales duran un año y las renovaciones cuatro; la mayoría de arraigos exige dos años de permanencia (antes eran tres), y se regula un visado para búsqueda de empleo. Confirma los requisitos vigentes en el <a href="https://extranjeros.inclusion.gob.es">Portal de Inmigración</a>.</p>',
                    "en": '<p>As a Peruvian you can enter Spain <strong>visa-free as a tourist for up to 90 days</strong> within any 180-day period, but that stay <strong>does not allow you to work</strong>. To work you need a <strong>residence and work authorisation</strong>.</p><ul><li><strong>As an employee</strong>: the employer applies to the Immigration Office (Oficina de Extranjería). The national employment situation is normally taken into account, so it is more feasible if the job is on the <strong>Catalogue of Hard-to-Fill Occupations</strong> published by the public employment service (SEPE). Once the authorisation is granted, you apply for the visa at the Consulate General of Spain in Lima.</li><li><strong>Collective recruitment in the country of origin</strong>: selection and hiring in the worker’s home country for stable or seasonal jobs, with priority for countries that have migration-flow agreements with Spain, such as Peru.</li><li><strong>Highly qualified professionals</strong> and the EU Blue Card.</li><li><strong>Arraigo</strong> (settlement): routes to regularise status for people already living in Spain.</li></ul><p>Since <strong>20 May 2025</strong> the new immigration regulation (<strong>Royal Decree 1155/2024</strong>) has been in force: as a rule, initial authorisations last one year and renewals four; most arraigo routes require two years in Spain (previously three); and there is a visa for job-seeking. Check the current requirements on the <a href="https://extranjeros.inclusion.gob.es">Immigration Portal</a>.</p>',
                },
            },
            {
                "kind": "before_travel",
                "title": {"es": "Antes de viajar", "en": "Before you travel"},
                "body": {
                    "es": "<ul><li><strong>Pasaporte</strong> vigente y, si ya tienes autorización, el <strong>visado</strong> de trabajo en tu pasaporte; entra a España dentro de su plazo de validez.</li><li><strong>Antecedentes penales</strong>: para la autorización y el visado suelen pedir el certificado de antecedentes penales de los países donde viviste los últimos cinco años, apostillado.</li><li><strong>Apostilla</strong>: España y el Perú son parte del Convenio de La Haya; la Cancillería peruana apostilla partidas, títulos y certificados. Los documentos en castellano no necesitan traducción.</li><li><strong>Títulos</strong>: si vas a ejercer una profesión regulada (medicina, enfermería, docencia, ingeniería…), inicia la homologación con tiempo, porque tarda meses.</li><li><strong>Ofertas fraudulentas</strong>: ninguna autorización legal se compra. Desconfía de quien cobra por un contrato o te aconseja entrar como turista para “arreglar papeles después”, y verifica que la agencia esté inscrita en el registro de agencias privadas de empleo del MTPE. Si sospechas de trata de personas, llama a la <strong>Línea 1818</strong> (gratuita, 24 horas).</li><li><strong>Dinero y seguro</strong>: lleva fondos para el primer mes (fianza, transporte, comida) y un seguro de viaje hasta que tengas tarjeta sanitaria.</li></ul>",
                    "en": "<ul><li>A valid <strong>passport</strong> and, if you already have an authorisation, the work <strong>visa</strong> in your passport; enter Spain while it is valid.</li><li><strong>Criminal record</strong>: for the authorisation and the visa you are usually asked for an apostilled criminal-record certificate from the countries where you lived during the last five years.</li><li><strong>Apostille</strong>: Spain and Peru are parties to the Hague Convention; Peru’s Ministry of Foreign Affairs apostilles certificates, degrees and transcripts. Documents in Spanish need no translation.</li><li><strong>Degrees</strong>: if you will practise a regulated profession (medicine, nursing, teaching, engineering…), start the recognition process early, because it takes months.</li><li><strong>Fraudulent offers</strong>: no legal authorisation can be bought. Be wary of anyone who charges for a contract or advises you to enter as a tourist and “sort out the papers later”, and check that the agency is listed in the MTPE register of private employment agencies. If you suspect human trafficking, call <strong>Line 1818</strong> (free, 24 hours).</li><li><strong>Money and insurance</strong>: bring funds for the first month (deposit, transport, food) and travel insurance until you have a health card.</li></ul>",
                },
            },
            {
                "kind": "health",
                "title": {"es": "Primeros pasos: salud", "en": "First steps: health"},
                "body": {
                    "es": "<p>La sanidad pública española la gestionan las comunidades autónomas.</p><ul><li>Con un contrato de trabajo y el <strong>alta en la Seguridad Social</strong> tienes derecho a la asistencia sanitaria pública, igual que tu familia a cargo.</li><li>Primero <strong>empadrónate</strong> en tu ayuntamiento; luego solicita la <strong>tarjeta sanitaria individual</strong> en tu centro de salud o en la web del servicio de salud de tu comunidad, y se te asignará un médico de familia.</li><li>La <strong>atención de urgencias</strong> está garantizada para todas las personas.</li><li>Las personas extranjeras sin autorización de residencia pueden acceder a la sanidad pública en las condiciones que fija la ley (Real Decreto-ley 7/2018); pregunta en tu centro de salud o en los servicios sociales.</li><li>Los accidentes de trabajo y las enfermedades profesionales los cubre la mutua colaboradora de tu empresa: avisa siempre a tu empleador.</li></ul>",
                    "en": "<p>Spain’s public health service is run by the autonomous communities (regions).</p><ul><li>With an employment contract and <strong>registration with Social Security</strong> you are entitled to public healthcare, as are your dependent family members.</li><li>First <strong>register on the municipal roll</strong> (empadronamiento) at your town hall; then apply for your <strong>individual health card</strong> at your health centre or on your regional health service’s website, and you will be assigned a family doctor.</li><li><strong>Emergency care</strong> is guaranteed for everyone.</li><li>Foreign nationals without a residence authorisation can use public healthcare under the conditions set by law (Royal Decree-law 7/2018); ask at your health centre or social services.</li><li>Accidents at work and occupational diseases are covered by your employer’s mutual insurance body (mutua): always inform your employer.</li></ul>",
                },
            },
            {
                "kind": "education",
                "title": {"es": "Primeros pasos: educación", "en": "First steps: education"},
                "body": {
                    "es": "<ul><li>La enseñanza es <strong>obligatoria y gratuita de los 6 a los 16 años</strong> en los centros públicos, y los menores extranjeros tienen derecho a ella sea cual sea su situación administrativa. Infórmate sobre la matrícula en tu ayuntamiento o en la consejería de educación de tu comunidad.</li><li>El segundo ciclo de educación infantil (de 3 a 6 años) es gratuito en los centros públicos.</li><li><strong>Homologación</strong>: los títulos universitarios extranjeros se homologan o declaran equivalentes ante el Ministerio de Ciencia, Innovación y Universidades; los de secundaria y formación profesional, ante el Ministerio de Educación, Formación Profesional y Deportes. Sin homologación no puedes ejercer profesiones reguladas.</li><li>Para adultos existen escuelas oficiales de idiomas, centros de educación de personas adultas y cursos de formación para el empleo de los servicios públicos de empleo.</li></ul>",
                    "en": "<ul><li>Schooling is <strong>compulsory and free from age 6 to 16</strong> in public schools, and foreign minors are entitled to it whatever their administrative status. Ask about enrolment at your town hall or your region’s education department.</li><li>The second stage of early-childhood education (ages 3 to 6) is free in public schools.</li><li><strong>Recognition of qualifications</strong>: foreign university degrees are recognised (homologación or equivalencia) by the Ministry of Science, Innovation and Universities; secondary and vocational qualifications by the Ministry of Education, Vocational Training and Sports. Without recognition you cannot practise a regulated profession.</li><li>Adults can use official language schools, adult education centres and job-training courses from the public employment services.</li></ul>",
                },
            },
            {
                "kind": "labour_rights",
                "title": {
                    "es": "Defiende tus derechos laborales",
                    "en": "Defending your labour rights",
                },
                "body": {
                    "es": '<ul><li>Tus derechos están en el <strong>Estatuto de los Trabajadores</strong> y en el <strong>convenio colectivo</strong> de tu sector, que fija salarios, categorías y jornada. Nadie puede pagarte menos del <strong>salario mínimo interprofesional</strong>, que el Gobierno actualiza cada año.</li><li>Tienes derecho a una <strong>nómina</strong> mensual, a estar dado de alta en la Seguridad Social desde el primer día, a 30 días naturales de vacaciones al año y a que se registre tu jornada diaria.</li><li>Si tu empresa incumple, denuncia ante la <a href="https://www.mites.gob.es/itss/web/">Inspección de Trabajo y Seguridad Social</a>, que también tiene un buzón para comunicar fraudes de forma anónima.</li><li>Para reclamar por un despido o por salarios impagos suele ser obligatoria una <strong>conciliación previa</strong> ante el servicio de mediación de tu comunidad. Los plazos son muy cortos: 20 días hábiles para impugnar un despido.</li><li>Los sindicatos (como CCOO y UGT) y organizaciones de apoyo a migrantes ofrecen orientación laboral.</li></ul>',
                    "en": '<ul><li>Your rights are set out in the <strong>Workers’ Statute</strong> (Estatuto de los Trabajadores) and in your sector’s <strong>collective agreement</strong>, which sets pay, job categories and working hours. No one may pay you less than the <strong>national minimum wage</strong> (SMI), which the government updates every year.</li><li>You are entitled to a monthly <strong>payslip</strong>, to Social Security registration from day one, to 30 calendar days of paid holiday a year and to a daily record of your working hours.</li><li>If your employer breaks the rules, report it to the <a href="https://www.mites.gob.es/itss/web/">Labour and Social Security Inspectorate</a>, which also has a mailbox for anonymous fraud reports.</li><li>Claims for dismissal or unpaid wages usually require a prior <strong>conciliation</strong> step at your region’s mediation service. Deadlines are very short: 20 working days to challenge a dismissal.</li><li>Trade unions (such as CCOO and UGT) and migrant-support organisations offer employment advice.</li></ul>',
                },
            },
            {
                "kind": "admin_procedures",
                "title": {"es": "Trámites al llegar", "en": "Procedures on arrival"},
                "body": {
                    "es": '<ol><li><strong>Empadronamiento</strong> en el ayuntamiento donde vives: es la base para la tarjeta sanitaria, la matrícula escolar de tus hijos y, más adelante, para acreditar tu permanencia.</li><li><strong>TIE</strong> (Tarjeta de Identidad de Extranjero): si entraste con visado de trabajo, pide cita y solicítala en la Policía o la Oficina de Extranjería en el plazo de <strong>un mes</strong> desde tu entrada. Tu <strong>NIE</strong> es el número que te identifica en todos los trámites.</li><li><strong>Seguridad Social</strong>: tu empleador te da de alta; puedes consultar tu vida laboral en la sede electrónica de la <a href="https://www.seg-social.es">Seguridad Social</a>.</li><li><strong>Cuenta bancaria</strong>: la necesitarás para cobrar tu salario.</li><li><strong>Renovación</strong>: solicita la renovación de tu autorización dentro del plazo previsto, antes de que venza.</li></ol><p>Guarda copias de contratos, nóminas y certificados de padrón: te servirán para renovar y para futuras solicitudes.</p>',
                    "en": '<ol><li><strong>Empadronamiento</strong> (municipal registration) at the town hall where you live: it is the basis for your health card, your children’s school enrolment and, later, for proving how long you have lived in Spain.</li><li><strong>TIE</strong> (foreigner identity card): if you entered with a work visa, book an appointment and apply at the Police or the Immigration Office within <strong>one month</strong> of arrival. Your <strong>NIE</strong> is the number that identifies you in every procedure.</li><li><strong>Social Security</strong>: your employer registers you; you can check your employment record on the <a href="https://www.seg-social.es">Social Security</a> e-office.</li><li><strong>Bank account</strong>: you will need one to receive your wages.</li><li><strong>Renewal</strong>: apply to renew your authorisation within the set period, before it expires.</li></ol><p>Keep copies of your contracts, payslips and registration certificates: you will need them for renewals and future applications.</p>',
                },
            },
            {
                "kind": "housing",
                "title": {"es": "Vivienda y costo de vida", "en": "Housing and cost of living"},
                "body": {
                    "es": "<ul><li>El alquiler de vivienda se rige por la <strong>Ley de Arrendamientos Urbanos</strong>. La fianza legal es de <strong>una mensualidad</strong>; el propietario puede pedir garantías adicionales, pero con límites legales.</li><li>Exige un <strong>contrato escrito</strong> y recibos de cada pago, y desconfía de anuncios que piden dinero antes de ver la vivienda.</li><li>Para empadronarte debes acreditar que vives allí, con el contrato o la autorización del titular de la vivienda.</li><li>Los precios varían mucho: en Madrid, Barcelona, Baleares y otras zonas de alta demanda el alquiler absorbe una parte importante del salario, por lo que muchas personas comparten piso o alquilan una habitación al llegar.</li><li>Comunidades autónomas y ayuntamientos tienen programas de vivienda y ayudas al alquiler; infórmate en los servicios sociales municipales.</li></ul>",
                    "en": "<ul><li>Residential lettings are governed by the <strong>Urban Leases Act</strong> (Ley de Arrendamientos Urbanos). The legal deposit is <strong>one month’s rent</strong>; landlords may ask for additional guarantees, within legal limits.</li><li>Insist on a <strong>written lease</strong> and receipts for every payment, and be wary of adverts that ask for money before you have seen the property.</li><li>To register on the municipal roll you must show that you live there, with the lease or the householder’s permission.</li><li>Prices vary a great deal: in Madrid, Barcelona, the Balearic Islands and other high-demand areas rent takes a large share of a salary, so many newcomers share a flat or rent a room at first.</li><li>Regional and local governments run housing programmes and rent-support schemes; ask at your municipal social services.</li></ul>",
                },
            },
            {
                "kind": "consulates",
                "title": {
                    "es": "Consulados e instituciones de apoyo",
                    "en": "Consulates and support institutions",
                },
                "body": {
                    "es": '<p>El Perú tiene una embajada en Madrid y varios consulados generales y consulados honorarios en distintas ciudades de España. En ellos puedes tramitar tu DNI y pasaporte, inscribir nacimientos y matrimonios, otorgar poderes y obtener certificados, y pedir ayuda en emergencias. El consulado no tramita autorizaciones de trabajo españolas, pero puede orientarte y ponerte en contacto con las autoridades.</p><p>La mayoría de los trámites requieren cita previa. Inscríbete en el Registro de Nacionales de tu consulado. La lista completa de oficinas consulares está en el portal de la <a href="https://www.gob.pe/rree">Cancillería</a>. Abajo encontrarás consulados, organismos públicos españoles y organizaciones que apoyan a personas migrantes.</p>',
                    "en": '<p>Peru has an embassy in Madrid and several consulates general and honorary consulates in different Spanish cities. There you can renew your DNI and passport, register births and marriages, grant powers of attorney, obtain certificates and ask for help in emergencies. The consulate does not issue Spanish work authorisations, but it can advise you and put you in touch with the authorities.</p><p>Most services require an appointment. Register in your consulate’s Registry of Nationals. The full list of consular offices is on the <a href="https://www.gob.pe/rree">Ministry of Foreign Affairs</a> portal. Below you will find consulates, Spanish public bodies and organisations that support migrants.</p>',
                },
            },
            {
                "kind": "agreements",
                "title": {"es": "Acuerdos con España", "en": "Agreements with Spain"},
                "body": {
                    "es": "<p>El Perú y España tienen uno de los marcos de cooperación laboral y migratoria más completos:</p><ul><li><strong>Convenio de Seguridad Social</strong> (firmado en Madrid el 16 de junio de 2003): permite sumar los periodos cotizados en ambos países para las pensiones de jubilación, invalidez y supervivencia.</li><li><strong>Convenio relativo a la regulación y ordenación de los flujos migratorios laborales</strong> (2004): establece mecanismos para seleccionar y contratar trabajadores peruanos desde el Perú.</li><li><strong>Convenio Multilateral Iberoamericano de Seguridad Social</strong>: vigente para el Perú desde 2016 y aplicable también en la relación con España.</li></ul><p>En general, la pensión que combina periodos de ambos países se solicita ante la institución del país donde vives: en España, el Instituto Nacional de la Seguridad Social; en el Perú, la ONP o tu AFP. Abajo se listan los acuerdos registrados en este portal.</p>",
                    "en": "<p>Peru and Spain have one of the most complete frameworks for labour and migration cooperation:</p><ul><li><strong>Social Security Agreement</strong> (signed in Madrid on 16 June 2003): contribution periods in both countries can be added together for old-age, disability and survivors’ pensions.</li><li><strong>Agreement on the regulation and management of labour migration flows</strong> (2004): sets up mechanisms to select and hire Peruvian workers from Peru.</li><li><strong>Ibero-American Multilateral Social Security Convention</strong>: in force for Peru since 2016 and also applicable between Peru and Spain.</li></ul><p>As a rule, a pension combining periods in both countries is claimed from the institution of the country where you live: in Spain, the National Social Security Institute (INSS); in Peru, the ONP or your AFP. The agreements recorded on this portal are listed below.</p>",
                },
            },
        ],
        "sources": [
            {
                "title": {
                    "es": "Portal de Inmigración – Ministerio de Inclusión, Seguridad Social y Migraciones",
                    "en": "Immigration Portal – Ministry of Inclusion, Social Security and Migration",
                },
                "url": "https://extranjeros.inclusion.gob.es",
            },
            {
                "title": {
                    "es": "Real Decreto 1155/2024, Reglamento de Extranjería (BOE)",
                    "en": "Royal Decree 1155/2024, immigration regulation (Official State Gazette)",
                },
                "url": "https://www.boe.es/buscar/act.php?id=BOE-A-2024-24099",
            },
            {
                "title": {
                    "es": "Ministerio de Asuntos Exteriores, Unión Europea y Cooperación",
                    "en": "Ministry of Foreign Affairs, European Union and Cooperation",
                },
                "url": "https://www.exteriores.gob.es",
            },
            {
                "title": {"es": "Seguridad Social", "en": "Social Security"},
                "url": "https://www.seg-social.es",
            },
            {
                "title": {
                    "es": "Inspección de Trabajo y Seguridad Social",
                    "en": "Labour and Social Security Inspectorate",
                },
                "url": "https://www.mites.gob.es/itss/web/",
            },
        ],
    },
    # ------------------------------------------------------------------ ITALY
    {
        "country": "IT",
        "slug": {"es": "italia", "en": "italy"},
        "title": {"es": "Guía para trabajar en Italia", "en": "Guide to working in Italy"},
        "summary": {
            "es": "El camino legal para trabajar en Italia pasa por el nulla osta que pide tu empleador dentro del Decreto flussi; aquí explicamos los pasos, el permesso di soggiorno y tus primeros trámites.",
            "en": "The legal way to work in Italy goes through the nulla osta your employer requests under the Decreto flussi quotas; here we explain the steps, the permesso di soggiorno and your first procedures.",
        },
        "last_reviewed": "2026-11-23",
        "chapters": [
            {
                "kind": "work_permit",
                "title": {
                    "es": "Nulla osta, visado y permesso di soggiorno",
                    "en": "Nulla osta, visa and permesso di soggiorno",
                },
                "body": {
                    "es": '<p>Los peruanos pueden entrar a Italia sin visa hasta 90 días como turistas, pero <strong>no pueden trabajar</strong> con esa estancia. La vía principal para trabajar es el <strong>Decreto flussi</strong>, que fija cupos de ingreso por trabajo.</p><ol><li>El <strong>empleador en Italia</strong> solicita el <strong>nulla osta</strong> (autorización de trabajo) al Sportello Unico per l’Immigrazione de la Prefettura, en línea y en las fechas fijadas para el envío (el llamado “click day”).</li><li>Con el nulla osta, pides el <strong>visado de ingreso por trabajo</strong> en la representación consular de Italia en el Perú.</li><li>Dentro de los <strong>8 días</strong> siguientes a tu llegada te presentas en el Sportello Unico para firmar el contrato de estadía (contratto di soggiorno) y solicitar el <strong>permesso di soggiorno</strong>.</li></ol><p>El decreto de programación del 2 de octubre de 2025 prevé <strong>497 550 ingresos para 2026–2028</strong> por trabajo estacional, no estacional y autónomo. Para el trabajo no estacional, el Perú figura entre los países con acuerdos de cooperación en materia migratoria cuyos nacionales pueden ser contratados dentro del cupo. También hay ingresos fuera de cupo, como la Tarjeta Azul UE para profesionales altamente cualificados. Fechas y cupos cambian: consulta el <a href="https://www.integrazionemigranti.gov.it">Portale Integrazione Migranti</a>.</p>',
                    "en": '<p>Peruvians can enter Italy visa-free for up to 90 days as tourists, but <strong>cannot work</strong> during that stay. The main route to work is the <strong>Decreto flussi</strong>, which sets quotas for entry for work.</p><ol><li>The <strong>employer in Italy</strong> applies for the <strong>nulla osta</strong> (work clearance) to the Prefecture’s Sportello Unico per l’Immigrazione, online and on the dates set for submission (the so-called “click day”).</li><li>With the nulla osta, you apply for the <strong>entry visa for work</strong> at Italy’s consular office in Peru.</li><li>Within <strong>8 days</strong> of arrival you go to the Sportello Unico to sign the residence contract (contratto di soggiorno) and apply for the <strong>permesso di soggiorno</strong> (residence permit).</li></ol><p>The planning decree of 2 October 2025 provides for <strong>497,550 entries for 2026–2028</strong> for seasonal, non-seasonal and self-employed work. For non-seasonal work, Peru is among the countries with migration cooperation agreements whose nationals can be hired within the quota. There are also entries outside the quotas, such as the EU Blue Card for highly qualified professionals. Dates and quotas change: check the <a href="https://www.integrazionemigranti.gov.it">Portale Integrazione Migranti</a>.</p>',
                },
            },
            {
                "kind": "before_travel",
                "title": {"es": "Antes de viajar", "en": "Before you travel"},
                "body": {
                    "es": "<ul><li><strong>Pasaporte</strong> vigente y, con el nulla osta, el visado de trabajo, que debes pedir mientras el nulla osta esté vigente.</li><li><strong>Documentos apostillados</strong> por la Cancillería peruana (partidas, títulos, antecedentes penales) y <strong>traducidos al italiano</strong>; para algunos trámites la traducción debe estar certificada.</li><li>Si quieres que se reconozca tu título, pide a la representación consular italiana la <strong>dichiarazione di valore</strong> o infórmate sobre las certificaciones del centro CIMEA.</li><li><strong>Revisa la oferta</strong>: el nulla osta lo solicita el empleador; no pagues a intermediarios por él. Quien vende nulla osta o contratos es un estafador. Verifica que la agencia esté inscrita en el registro de agencias privadas de empleo del MTPE y denuncia la trata de personas en la <strong>Línea 1818</strong> (gratuita, 24 horas).</li><li>Lleva dinero para las primeras semanas: hasta tu primer sueldo tendrás gastos de alojamiento, transporte y trámites (timbres fiscales y envío del permesso).</li></ul>",
                    "en": "<ul><li>A valid <strong>passport</strong> and, once you have the nulla osta, the work visa, which you must request while the nulla osta is still valid.</li><li><strong>Documents apostilled</strong> by Peru’s Ministry of Foreign Affairs (certificates, degrees, criminal record) and <strong>translated into Italian</strong>; for some procedures the translation must be certified.</li><li>If you want your degree recognised, ask the Italian consular office for a <strong>dichiarazione di valore</strong> or look into the statements issued by the CIMEA centre.</li><li><strong>Check the offer</strong>: the employer applies for the nulla osta; do not pay intermediaries for it. Anyone selling a nulla osta or a contract is a fraudster. Check that the agency is in the MTPE register of private employment agencies and report trafficking to <strong>Line 1818</strong> (free, 24 hours).</li><li>Bring money for the first weeks: until your first pay you will have costs for accommodation, transport and paperwork (revenue stamps and postage for the permesso).</li></ul>",
                },
            },
            {
                "kind": "health",
                "title": {"es": "Primeros pasos: salud", "en": "First steps: health"},
                "body": {
                    "es": "<ul><li>Si trabajas con contrato y tienes (o has solicitado) el permesso di soggiorno por trabajo, debes <strong>inscribirte en el Servicio Sanitario Nacional (SSN)</strong> en la ASL (autoridad sanitaria local) de tu zona. Obtendrás la <strong>tessera sanitaria</strong> y un médico de cabecera (medico di base); para tus hijos, un pediatra.</li><li>Para inscribirte necesitas el <strong>codice fiscale</strong>, el permesso o el recibo de su solicitud y tu dirección.</li><li>Las personas extranjeras sin permesso reciben atención urgente y esencial con el código <strong>STP</strong> (Straniero Temporaneamente Presente); acudir a los servicios de salud no da lugar, por sí solo, a una denuncia.</li><li>Algunas prestaciones y medicamentos tienen copago (ticket), según la región y tus ingresos.</li><li>Los accidentes de trabajo están cubiertos por el <strong>INAIL</strong>: informa de inmediato a tu empleador.</li></ul>",
                    "en": "<ul><li>If you work under a contract and hold (or have applied for) a work permesso di soggiorno, you must <strong>register with the National Health Service (SSN)</strong> at the local health authority (ASL). You will receive the <strong>tessera sanitaria</strong> (health card) and a family doctor (medico di base); for your children, a paediatrician.</li><li>To register you need your <strong>codice fiscale</strong>, the permesso or the receipt for your application, and your address.</li><li>Foreign nationals without a permesso receive urgent and essential care under an <strong>STP</strong> code (Straniero Temporaneamente Presente); using health services does not in itself lead to being reported.</li><li>Some services and medicines carry a co-payment (ticket), depending on the region and your income.</li><li>Workplace accidents are covered by <strong>INAIL</strong>: tell your employer at once.</li></ul>",
                },
            },
            {
                "kind": "education",
                "title": {"es": "Primeros pasos: educación", "en": "First steps: education"},
                "body": {
                    "es": "<ul><li>La <strong>instrucción es obligatoria durante diez años</strong>, aproximadamente de los 6 a los 16, y los menores extranjeros tienen derecho a inscribirse en la escuela pública aunque su situación migratoria no esté regularizada.</li><li>Las inscripciones ordinarias se hacen en línea a comienzos de año para el curso siguiente, pero si llegas después puedes inscribir a tus hijos en cualquier momento.</li><li>Los <strong>CPIA</strong> (centros provinciales de instrucción de adultos) ofrecen cursos gratuitos de italiano y exámenes de nivel; el nivel A2 se exige para el permiso UE de larga duración.</li><li>El reconocimiento de títulos para profesiones reguladas (enfermería, medicina, ingeniería, entre otras) lo otorga el ministerio competente; para seguir estudios, la universidad. La dichiarazione di valore o la certificación del CIMEA acompañan la solicitud.</li></ul>",
                    "en": "<ul><li><strong>Schooling is compulsory for ten years</strong>, roughly from age 6 to 16, and foreign minors are entitled to enrol in public school even if their immigration status has not been regularised.</li><li>Regular enrolment is done online at the start of the year for the following school year, but if you arrive later you can enrol your children at any time.</li><li>The <strong>CPIA</strong> (provincial adult education centres) offer free Italian courses and level tests; level A2 is required for the EU long-term residence permit.</li><li>Recognition of degrees for regulated professions (nursing, medicine, engineering and others) is granted by the competent ministry; for further study, by the university. The dichiarazione di valore or a CIMEA statement supports the application.</li></ul>",
                },
            },
            {
                "kind": "labour_rights",
                "title": {
                    "es": "Defiende tus derechos laborales",
                    "en": "Defending your labour rights",
                },
                "body": {
                    "es": '<ul><li>Tu salario mínimo, horario, vacaciones y categoría los fija el <strong>contrato colectivo nacional (CCNL)</strong> de tu sector.</li><li>Debes recibir cada mes tu <strong>busta paga</strong> (boleta de pago) y estar registrado en la seguridad social; revisa tus aportes en el sitio del <a href="https://www.inps.it">INPS</a>.</li><li>El <strong>trabajo doméstico y de cuidado</strong> (colf y badanti), muy frecuente en la comunidad peruana, tiene su propio CCNL, con derecho a descansos, a la treceava paga (tredicesima) y a la indemnización de fin de relación (TFR).</li><li>La intermediación ilícita y la explotación laboral (<strong>caporalato</strong>) son delitos. Puedes denunciar ante el <a href="https://www.ispettorato.gov.it">Ispettorato Nazionale del Lavoro</a> o los Carabinieri; las víctimas de explotación pueden obtener un permesso di soggiorno especial.</li><li>Los <strong>patronati</strong> y los sindicatos (CGIL, CISL, UIL) asesoran gratuitamente en trámites laborales, previsionales y de permesso.</li></ul>',
                    "en": '<ul><li>Your minimum pay, hours, holidays and job category are set by the <strong>national collective agreement (CCNL)</strong> for your sector.</li><li>You must receive a monthly <strong>busta paga</strong> (payslip) and be registered for social security; check your contributions on the <a href="https://www.inps.it">INPS</a> website.</li><li><strong>Domestic and care work</strong> (colf and badanti), very common in the Peruvian community, has its own CCNL, with rights to rest periods, a thirteenth-month payment (tredicesima) and end-of-service pay (TFR).</li><li>Illegal labour brokering and exploitation (<strong>caporalato</strong>) are crimes. You can report them to the <a href="https://www.ispettorato.gov.it">National Labour Inspectorate</a> or the Carabinieri; victims of exploitation can obtain a special permesso di soggiorno.</li><li><strong>Patronati</strong> (free advice centres) and trade unions (CGIL, CISL, UIL) help at no cost with employment, pension and permesso paperwork.</li></ul>',
                },
            },
            {
                "kind": "admin_procedures",
                "title": {"es": "Trámites al llegar", "en": "Procedures on arrival"},
                "body": {
                    "es": "<ol><li><strong>Contratto di soggiorno y permesso di soggiorno</strong>: dentro de los 8 días de tu ingreso, en el Sportello Unico. Después la Questura te cita para tomar tus huellas y entregarte el permesso electrónico. Guarda el recibo de la solicitud: acredita que tu trámite está en curso.</li><li><strong>Codice fiscale</strong>: tu número tributario, necesario para trabajar, alquilar, abrir una cuenta y acceder a la salud. Lo asigna la Agenzia delle Entrate, a menudo ya durante el trámite en el Sportello Unico.</li><li><strong>Residenza anagrafica</strong>: inscríbete en el registro de población del Comune donde vives; así podrás obtener la carta d’identità.</li><li><strong>Renovación</strong>: pide la renovación del permesso al menos 60 días antes de su vencimiento, con el kit que entregan las oficinas de Poste Italiane habilitadas o con ayuda de un patronato.</li></ol><p>Los patronati y las oficinas comunales para extranjeros ayudan gratuitamente con los formularios.</p>",
                    "en": "<ol><li><strong>Contratto di soggiorno and permesso di soggiorno</strong>: within 8 days of entry, at the Sportello Unico. The Questura (police headquarters) then calls you to take your fingerprints and issue the electronic permesso. Keep the application receipt: it proves your application is in progress.</li><li><strong>Codice fiscale</strong>: your tax number, needed to work, rent, open an account and use health services. It is issued by the Revenue Agency (Agenzia delle Entrate), often already during the Sportello Unico procedure.</li><li><strong>Residenza anagrafica</strong>: register in the population register of the Comune where you live; you can then obtain an identity card (carta d’identità).</li><li><strong>Renewal</strong>: apply to renew your permesso at least 60 days before it expires, using the application kit from authorised Poste Italiane offices or with help from a patronato.</li></ol><p>Patronati and municipal offices for foreign residents help with the forms free of charge.</p>",
                },
            },
            {
                "kind": "housing",
                "title": {"es": "Vivienda y costo de vida", "en": "Housing and cost of living"},
                "body": {
                    "es": "<ul><li>Los contratos de alquiler deben <strong>registrarse</strong> ante la Agenzia delle Entrate. Exige contrato escrito y recibos: un contrato no registrado te deja sin protección y no te sirve para tus trámites.</li><li>Quien te aloje o te alquile una vivienda debe comunicarlo a la autoridad de seguridad pública dentro de las <strong>48 horas</strong>.</li><li>Para la reagrupación familiar y otros trámites necesitarás el certificado de <strong>idoneità alloggiativa</strong> (idoneidad de la vivienda), que emite el Comune.</li><li>El alquiler y el costo de vida son mucho más altos en Milán, Roma y las grandes ciudades del norte que en ciudades pequeñas y en el sur. Es habitual que el propietario pida un depósito de garantía de varios meses.</li><li>En el trabajo doméstico con convivencia, el alojamiento y la comida forman parte del contrato, según el CCNL.</li></ul>",
                    "en": "<ul><li>Rental contracts must be <strong>registered</strong> with the Agenzia delle Entrate. Insist on a written contract and receipts: an unregistered contract leaves you unprotected and is useless for your paperwork.</li><li>Anyone who houses you or rents you a home must notify the public security authority within <strong>48 hours</strong>.</li><li>For family reunification and other procedures you will need a <strong>housing suitability certificate</strong> (idoneità alloggiativa), issued by the Comune.</li><li>Rents and living costs are much higher in Milan, Rome and the big northern cities than in small towns and in the south. Landlords commonly ask for a deposit of several months’ rent.</li><li>In live-in domestic work, board and lodging are part of the contract under the CCNL.</li></ul>",
                },
            },
            {
                "kind": "consulates",
                "title": {
                    "es": "Consulados e instituciones de apoyo",
                    "en": "Consulates and support institutions",
                },
                "body": {
                    "es": '<p>El Perú tiene una embajada en Roma y consulados generales en varias ciudades italianas, entre ellas Milán y Roma, además de consulados honorarios. Allí puedes tramitar tu DNI y pasaporte, inscribir nacimientos y matrimonios, obtener certificados consulares (por ejemplo, de antecedentes penales) y pedir asistencia en emergencias. El consulado no emite nulla osta ni permessi italianos.</p><p>Los trámites suelen requerir cita, y algunos pueden hacerse por correo. Inscríbete en el Registro de Nacionales. La lista completa de oficinas consulares está en el portal de la <a href="https://www.gob.pe/rree">Cancillería</a>. Abajo encontrarás consulados, organismos públicos italianos, patronati y organizaciones de apoyo a migrantes.</p>',
                    "en": '<p>Peru has an embassy in Rome and consulates general in several Italian cities, including Milan and Rome, as well as honorary consulates. There you can renew your DNI and passport, register births and marriages, obtain consular certificates (for example, of criminal record) and ask for help in emergencies. The consulate does not issue Italian nulla osta or permessi.</p><p>Services usually require an appointment and some can be handled by post. Register in the Registry of Nationals. The full list of consular offices is on the <a href="https://www.gob.pe/rree">Ministry of Foreign Affairs</a> portal. Below you will find consulates, Italian public bodies, patronati and migrant-support organisations.</p>',
                },
            },
            {
                "kind": "agreements",
                "title": {"es": "Acuerdos con Italia", "en": "Agreements with Italy"},
                "body": {
                    "es": "<p>Hasta la fecha de esta revisión, el Perú e Italia <strong>no tienen un convenio bilateral de seguridad social</strong>: los aportes hechos en Italia (INPS) y en el Perú (ONP o AFP) no se suman para obtener una pensión. Italia tampoco es parte del Convenio Multilateral Iberoamericano de Seguridad Social. Consulta en un patronato qué pensión italiana podrías obtener con tus propios aportes y cómo cobrarla si vuelves al Perú.</p><p>En migración laboral, el Perú figura entre los países con los que Italia mantiene cooperación en materia migratoria y cuyos nacionales pueden acceder a los cupos de trabajo no estacional del Decreto flussi. Abajo se listan los acuerdos registrados en este portal.</p>",
                    "en": "<p>As of this review, Peru and Italy <strong>have no bilateral social security agreement</strong>: contributions paid in Italy (INPS) and in Peru (ONP or AFP) cannot be added together to qualify for a pension. Italy is not a party to the Ibero-American Multilateral Social Security Convention either. Ask a patronato what Italian pension you could obtain from your own contributions and how to receive it if you return to Peru.</p><p>On labour migration, Peru is among the countries with which Italy cooperates on migration and whose nationals can apply within the non-seasonal work quotas of the Decreto flussi. The agreements recorded on this portal are listed below.</p>",
                },
            },
        ],
        "sources": [
            {
                "title": {
                    "es": "Portale Integrazione Migranti",
                    "en": "Portale Integrazione Migranti (Integration of Migrants portal)",
                },
                "url": "https://www.integrazionemigranti.gov.it",
            },
            {
                "title": {
                    "es": "Portale Immigrazione (permesso di soggiorno)",
                    "en": "Portale Immigrazione (residence permits)",
                },
                "url": "https://www.portaleimmigrazione.it",
            },
            {
                "title": {
                    "es": "Ministerio del Interior de Italia",
                    "en": "Italian Ministry of the Interior",
                },
                "url": "https://www.interno.gov.it",
            },
            {
                "title": {
                    "es": "INPS – Instituto Nacional de Previsión Social",
                    "en": "INPS – National Social Security Institute",
                },
                "url": "https://www.inps.it",
            },
            {
                "title": {
                    "es": "Ispettorato Nazionale del Lavoro",
                    "en": "National Labour Inspectorate",
                },
                "url": "https://www.ispettorato.gov.it",
            },
        ],
    },
    # ------------------------------------------------------------------ CHILE
    {
        "country": "CL",
        "slug": {"es": "chile", "en": "chile"},
        "title": {"es": "Guía para trabajar en Chile", "en": "Guide to working in Chile"},
        "summary": {
            "es": "Con la Ley 21.325 la residencia temporal se pide, por regla general, desde el Perú y en línea ante el Servicio Nacional de Migraciones; aquí explicamos las vías de trabajo, la salud, la previsión y tus derechos.",
            "en": "Under Law 21.325 temporary residence is, as a rule, applied for online from Peru with the National Migration Service; here we explain the work routes, healthcare, pensions and your rights.",
        },
        "last_reviewed": "2026-11-23",
        "chapters": [
            {
                "kind": "work_permit",
                "title": {
                    "es": "Residencia temporal para trabajar",
                    "en": "Temporary residence for work",
                },
                "body": {
                    "es": '<p>Desde febrero de 2022 rige la <strong>Ley 21.325 de Migración y Extranjería</strong> (publicada en 2021). Por regla general, la <strong>residencia temporal se solicita desde el extranjero</strong>, antes de viajar, en el portal de trámites del <a href="https://serviciomigraciones.cl">Servicio Nacional de Migraciones (SERMIG)</a>. Se otorga hasta por dos años y puede prorrogarse o dar paso a la residencia definitiva.</p><ul><li><strong>Actividades lícitas remuneradas</strong>: si tienes un contrato u oferta de un empleador en Chile.</li><li><strong>Trabajadores de temporada</strong>: para labores estacionales, como las agrícolas, con contrato y estadías limitadas cada año.</li><li><strong>Acuerdos internacionales</strong>: los jóvenes peruanos de 18 a 30 años pueden postular al programa de Vacaciones y Trabajo de la Alianza del Pacífico.</li></ul><p>Quien entra como turista (permanencia transitoria) <strong>no puede trabajar</strong> y, por regla general, tampoco puede cambiar a residencia dentro de Chile, salvo casos previstos como los vínculos familiares con chilenos o con residentes definitivos. Ten en cuenta que la residencia por el Acuerdo MERCOSUR que otorga Chile no incluye a los peruanos.</p><p>Con la residencia aprobada entras a Chile y solicitas tu <strong>cédula de identidad para extranjeros</strong> en el Registro Civil; su número (RUN, que sirve también como RUT) lo usarás para trabajar, cotizar y pagar impuestos.</p>',
                    "en": '<p>Since February 2022 the <strong>Migration and Foreigners Law 21.325</strong> (published in 2021) has been in force. As a rule, <strong>temporary residence is applied for from abroad</strong>, before you travel, on the online portal of the <a href="https://serviciomigraciones.cl">National Migration Service (SERMIG)</a>. It is granted for up to two years and can be extended or lead to permanent residence.</p><ul><li><strong>Paid lawful activities</strong>: if you have a contract or job offer from an employer in Chile.</li><li><strong>Seasonal workers</strong>: for seasonal work such as farm work, with a contract and limited stays each year.</li><li><strong>International agreements</strong>: young Peruvians aged 18 to 30 can apply to the Pacific Alliance Working Holiday programme.</li></ul><p>People who enter as tourists (transitory stay) <strong>cannot work</strong> and, as a rule, cannot switch to residence inside Chile, except in listed cases such as family ties with Chileans or permanent residents. Note that the MERCOSUR-agreement residence that Chile grants does not cover Peruvians.</p><p>With your residence approved, you enter Chile and apply for your <strong>identity card for foreigners</strong> at the Civil Registry; its number (RUN, which also serves as your tax number, RUT) is what you use to work, pay contributions and pay tax.</p>',
                },
            },
            {
                "kind": "before_travel",
                "title": {"es": "Antes de viajar", "en": "Before you travel"},
                "body": {
                    "es": "<ul><li><strong>Pasaporte</strong> vigente: lo necesitas para solicitar la residencia temporal.</li><li><strong>Certificado de antecedentes penales</strong> del Perú y de los países donde hayas vivido en los últimos cinco años, apostillado.</li><li>Chile es parte del Convenio de la Apostilla: apostilla en la Cancillería peruana tus partidas, títulos y certificados de notas.</li><li><strong>Contrato u oferta</strong>: revisa que indique cargo, remuneración, jornada, lugar de trabajo y duración; en Chile el contrato de trabajo debe constar por escrito.</li><li><strong>Cuidado con los fraudes</strong>: la solicitud se presenta en el portal oficial del SERMIG y no hay “visas” que se compren a tramitadores. Desconfía de quien te propone viajar como turista para trabajar, verifica la agencia en el registro de agencias privadas de empleo del MTPE y denuncia la trata de personas en la <strong>Línea 1818</strong> (gratuita, 24 horas).</li><li>Lleva dinero para el primer mes (arriendo, mes de garantía, transporte) y un seguro de salud de viaje hasta que te afilies a FONASA o a una ISAPRE.</li></ul>",
                    "en": "<ul><li>A valid <strong>passport</strong>: you need it to apply for temporary residence.</li><li>An apostilled <strong>criminal-record certificate</strong> from Peru and from any country where you lived during the last five years.</li><li>Chile is a party to the Apostille Convention: have Peru’s Ministry of Foreign Affairs apostille your certificates, degrees and transcripts.</li><li><strong>Contract or offer</strong>: check that it states the job, pay, hours, workplace and duration; in Chile employment contracts must be in writing.</li><li><strong>Beware of fraud</strong>: applications are made on SERMIG’s official portal and no “visa” can be bought from fixers. Be wary of anyone suggesting you travel as a tourist to work, check the agency in the MTPE register of private employment agencies and report trafficking to <strong>Line 1818</strong> (free, 24 hours).</li><li>Bring money for the first month (rent, one month’s deposit, transport) and travel health insurance until you join FONASA or an ISAPRE.</li></ul>",
                },
            },
            {
                "kind": "health",
                "title": {"es": "Primeros pasos: salud", "en": "First steps: health"},
                "body": {
                    "es": '<ul><li>Como trabajador dependiente cotizas obligatoriamente el <strong>7 % de tu remuneración</strong> para salud, en <a href="https://www.fonasa.cl">FONASA</a> (seguro público) o en una <strong>ISAPRE</strong> (aseguradora privada). Tu empleador descuenta y paga la cotización.</li><li>Con FONASA te atiendes en la red pública (CESFAM, hospitales) y, según tu tramo, también con prestadores privados en convenio.</li><li>Las <strong>urgencias</strong> se atienden siempre. Niños, niñas, adolescentes y embarazadas pueden atenderse en la salud pública cualquiera sea su situación migratoria, y las personas migrantes sin documentos pueden acceder a la red pública en las condiciones que fija la normativa; pregunta en el CESFAM de tu comuna.</li><li>Los accidentes del trabajo y las enfermedades profesionales están cubiertos por el seguro de la <strong>Ley 16.744</strong>, a través de la mutualidad o el instituto al que está adherido tu empleador.</li></ul>',
                    "en": '<ul><li>As an employee you must pay <strong>7% of your pay</strong> in health contributions, either to <a href="https://www.fonasa.cl">FONASA</a> (public insurance) or to an <strong>ISAPRE</strong> (private insurer). Your employer deducts and pays it.</li><li>With FONASA you are treated in the public network (CESFAM family health centres, hospitals) and, depending on your bracket, also by private providers under agreement.</li><li><strong>Emergencies</strong> are always treated. Children, adolescents and pregnant women can use public healthcare whatever their immigration status, and undocumented migrants can use the public network under the conditions set by the rules; ask at your local CESFAM.</li><li>Workplace accidents and occupational diseases are covered by the <strong>Law 16.744</strong> insurance, through the mutual association or institute your employer belongs to.</li></ul>',
                },
            },
            {
                "kind": "education",
                "title": {"es": "Primeros pasos: educación", "en": "First steps: education"},
                "body": {
                    "es": "<ul><li>Los niños, niñas y adolescentes extranjeros tienen derecho a estudiar en establecimientos públicos y subvencionados <strong>sin importar su situación migratoria</strong>. Si aún no tienen RUN, el Ministerio de Educación les asigna un <strong>IPE</strong> (Identificador Provisorio Escolar) para matricularse.</li><li>La postulación a los colegios se hace por el <strong>Sistema de Admisión Escolar</strong> del Mineduc; si llegas fuera de plazo, consulta en la oficina de atención del Mineduc de tu región.</li><li><strong>Estudios escolares</strong>: los cursos aprobados en el Perú se reconocen ante el Mineduc; ambos países forman parte del Convenio Andrés Bello, que facilita las equivalencias.</li><li><strong>Títulos profesionales</strong>: el reconocimiento o la revalidación depende del tratado aplicable o se tramita ante la Universidad de Chile. Algunas profesiones exigen requisitos adicionales, como el examen EUNACOM para médicos en el sistema público.</li></ul>",
                    "en": "<ul><li>Foreign children and adolescents are entitled to attend public and state-subsidised schools <strong>whatever their immigration status</strong>. If they do not yet have a RUN, the Ministry of Education assigns them a provisional school identifier (<strong>IPE</strong>) so they can enrol.</li><li>School applications go through the Ministry of Education’s <strong>School Admission System</strong>; if you arrive after the deadline, ask at the Ministry’s regional help office.</li><li><strong>School studies</strong>: grades completed in Peru are recognised by the Ministry of Education; both countries belong to the Andrés Bello Convention, which makes equivalences easier.</li><li><strong>Professional degrees</strong>: recognition or revalidation depends on the applicable treaty or is handled by the University of Chile. Some professions have extra requirements, such as the EUNACOM exam for doctors in the public system.</li></ul>",
                },
            },
            {
                "kind": "labour_rights",
                "title": {
                    "es": "Defiende tus derechos laborales",
                    "en": "Defending your labour rights",
                },
                "body": {
                    "es": '<ul><li>El <strong>contrato de trabajo</strong> debe constar por escrito dentro de los 15 días desde que empiezas (5 días si es por obra o dura menos de 30 días), y el empleador debe registrarlo electrónicamente ante la Dirección del Trabajo.</li><li>Nadie puede pagarte menos del <strong>ingreso mínimo mensual</strong> fijado por ley. Tu liquidación de sueldo debe detallar las cotizaciones de salud, pensiones (AFP) y seguro de cesantía.</li><li><strong>Jornada</strong>: la Ley 21.561 reduce gradualmente la jornada ordinaria a 40 horas semanales; desde abril de 2026 el máximo es de 42 horas.</li><li>Los derechos laborales valen para todas las personas trabajadoras, también las migrantes. Puedes presentar denuncias y reclamos, incluso en línea, ante la <a href="https://www.dt.gob.cl">Dirección del Trabajo</a>, que además ofrece conciliación.</li><li>El trabajo en casa particular tiene normas especiales sobre contrato, jornada y descansos.</li></ul>',
                    "en": '<ul><li>Your <strong>employment contract</strong> must be put in writing within 15 days of starting (5 days for a specific job or a contract shorter than 30 days), and the employer must register it electronically with the Labour Directorate.</li><li>No one may pay you less than the legal <strong>monthly minimum income</strong>. Your payslip must show the deductions for health, pensions (AFP) and unemployment insurance.</li><li><strong>Working hours</strong>: Law 21.561 is gradually cutting the standard working week to 40 hours; since April 2026 the maximum is 42 hours.</li><li>Labour rights apply to all workers, migrants included. You can file complaints and claims, also online, with the <a href="https://www.dt.gob.cl">Labour Directorate (Dirección del Trabajo)</a>, which also offers conciliation.</li><li>Domestic work in private homes has special rules on contracts, hours and rest.</li></ul>',
                },
            },
            {
                "kind": "admin_procedures",
                "title": {"es": "Trámites al llegar", "en": "Procedures on arrival"},
                "body": {
                    "es": '<ol><li><strong>Cédula de identidad</strong>: con tu residencia aprobada, solicítala en el Servicio de Registro Civil e Identificación. Tu RUN será tu número para todo.</li><li><strong>ClaveÚnica</strong>: pídela en el Registro Civil o en ChileAtiende; te da acceso a trámites en línea (SERMIG, FONASA, AFP, Servicio de Impuestos Internos).</li><li><strong>Previsión</strong>: con tu primer contrato quedas afiliado a una AFP y al seguro de cesantía; revisa que tu empleador pague las cotizaciones.</li><li><strong>Salud</strong>: elige FONASA o una ISAPRE.</li><li><strong>Prórroga o residencia definitiva</strong>: solicítala en línea en el SERMIG antes de que venza tu residencia temporal.</li></ol><p>Guarda la resolución que aprueba tu residencia, tus contratos y tus liquidaciones de sueldo. Para orientación sobre trámites del Estado, consulta <a href="https://www.chileatiende.gob.cl">ChileAtiende</a>.</p>',
                    "en": '<ol><li><strong>Identity card</strong>: once your residence is approved, apply at the Civil Registry and Identification Service. Your RUN will be your number for everything.</li><li><strong>ClaveÚnica</strong> (single state password): get it at the Civil Registry or ChileAtiende; it gives access to online services (SERMIG, FONASA, AFP, the Internal Revenue Service).</li><li><strong>Pensions</strong>: with your first contract you are enrolled in an AFP and in unemployment insurance; check that your employer pays the contributions.</li><li><strong>Health</strong>: choose FONASA or an ISAPRE.</li><li><strong>Extension or permanent residence</strong>: apply online with SERMIG before your temporary residence expires.</li></ol><p>Keep the resolution approving your residence, your contracts and your payslips. For guidance on government procedures, see <a href="https://www.chileatiende.gob.cl">ChileAtiende</a>.</p>',
                },
            },
            {
                "kind": "housing",
                "title": {"es": "Vivienda y costo de vida", "en": "Housing and cost of living"},
                "body": {
                    "es": "<ul><li>Al arrendar es habitual que pidan un <strong>mes de garantía</strong> y el primer mes por adelantado, además de comprobantes de ingresos o un aval.</li><li>Firma un <strong>contrato de arriendo escrito</strong>, idealmente ante notario, y exige recibos: te servirá también para acreditar domicilio.</li><li>Evita el subarriendo abusivo y las viviendas hacinadas o sin condiciones de seguridad; la municipalidad puede orientarte.</li><li>Santiago concentra la mayor parte de la oferta de empleo, pero también los arriendos más caros; en regiones suelen ser menores. Compara precios en portales de arriendo antes de comprometerte.</li><li>Los subsidios habitacionales del Ministerio de Vivienda y Urbanismo tienen requisitos de residencia y de inscripción en el Registro Social de Hogares.</li></ul>",
                    "en": "<ul><li>Landlords usually ask for <strong>one month’s deposit</strong> and the first month in advance, plus proof of income or a guarantor.</li><li>Sign a <strong>written lease</strong>, ideally before a notary, and ask for receipts: it will also serve as proof of address.</li><li>Avoid abusive subletting and overcrowded or unsafe housing; your municipality can advise you.</li><li>Santiago has most of the jobs but also the highest rents; in the regions they are usually lower. Compare prices on rental websites before committing.</li><li>Housing subsidies from the Ministry of Housing and Urban Planning have residence requirements and require registration in the Social Household Registry.</li></ul>",
                },
            },
            {
                "kind": "consulates",
                "title": {
                    "es": "Consulados e instituciones de apoyo",
                    "en": "Consulates and support institutions",
                },
                "body": {
                    "es": '<p>El Perú tiene una embajada en Santiago y consulados generales en varias ciudades chilenas, entre ellas Santiago, Arica y Antofagasta, donde el consulado se restableció en 2025. Allí puedes tramitar tu DNI y pasaporte, obtener la matrícula consular, inscribir nacimientos y matrimonios y pedir asistencia en emergencias. El consulado no otorga residencias chilenas, que son competencia del SERMIG.</p><p>Muchos trámites requieren cita previa. Inscríbete en el Registro de Nacionales de tu consulado. La lista completa de oficinas consulares está en el portal de la <a href="https://www.gob.pe/rree">Cancillería</a>. Abajo encontrarás consulados, organismos públicos chilenos y organizaciones que apoyan a personas migrantes.</p>',
                    "en": '<p>Peru has an embassy in Santiago and consulates general in several Chilean cities, including Santiago, Arica and Antofagasta, where the consulate was re-established in 2025. There you can renew your DNI and passport, obtain a consular registration card, register births and marriages and ask for help in emergencies. The consulate does not grant Chilean residence, which is SERMIG’s responsibility.</p><p>Many services require an appointment. Register in your consulate’s Registry of Nationals. The full list of consular offices is on the <a href="https://www.gob.pe/rree">Ministry of Foreign Affairs</a> portal. Below you will find consulates, Chilean public bodies and organisations that support migrants.</p>',
                },
            },
            {
                "kind": "agreements",
                "title": {"es": "Acuerdos con Chile", "en": "Agreements with Chile"},
                "body": {
                    "es": "<ul><li><strong>Convenio de Seguridad Social entre el Perú y Chile</strong> (Santiago, 23 de agosto de 2002): permite sumar los periodos cotizados en ambos países y, en ciertos casos, transferir fondos entre los sistemas de capitalización individual (AFP) de los dos países.</li><li><strong>Memorándum de Entendimiento sobre Cooperación Laboral y Migratoria</strong> (Lima, 2006): compromete a ambos países a proteger los derechos de los trabajadores migrantes.</li><li><strong>Convenio Multilateral Iberoamericano de Seguridad Social</strong>: vigente para el Perú desde 2016 y aplicable también con Chile.</li><li>Programa de <strong>Vacaciones y Trabajo de la Alianza del Pacífico</strong>, para jóvenes de 18 a 30 años.</li></ul><p>Para pedir una pensión con aportes en ambos países, consulta en tu AFP, en la ONP o en la Superintendencia de Pensiones de Chile. Abajo se listan los acuerdos registrados en este portal.</p>",
                    "en": "<ul><li><strong>Peru–Chile Social Security Agreement</strong> (Santiago, 23 August 2002): contribution periods in both countries can be added together and, in certain cases, funds can be transferred between the two countries’ individual-account pension systems (AFP).</li><li><strong>Memorandum of Understanding on Labour and Migration Cooperation</strong> (Lima, 2006): commits both countries to protecting the rights of migrant workers.</li><li><strong>Ibero-American Multilateral Social Security Convention</strong>: in force for Peru since 2016 and also applicable with Chile.</li><li>The <strong>Pacific Alliance Working Holiday programme</strong>, for young people aged 18 to 30.</li></ul><p>To claim a pension with contributions in both countries, ask your AFP, the ONP or Chile’s Pensions Supervisory Authority (Superintendencia de Pensiones). The agreements recorded on this portal are listed below.</p>",
                },
            },
        ],
        "sources": [
            {
                "title": {
                    "es": "Servicio Nacional de Migraciones (SERMIG)",
                    "en": "National Migration Service (SERMIG)",
                },
                "url": "https://serviciomigraciones.cl",
            },
            {
                "title": {
                    "es": "Dirección del Trabajo",
                    "en": "Labour Directorate (Dirección del Trabajo)",
                },
                "url": "https://www.dt.gob.cl",
            },
            {
                "title": {
                    "es": "FONASA – Fondo Nacional de Salud",
                    "en": "FONASA – National Health Fund",
                },
                "url": "https://www.fonasa.cl",
            },
            {
                "title": {"es": "ChileAtiende", "en": "ChileAtiende (government services)"},
                "url": "https://www.chileatiende.gob.cl",
            },
            {
                "title": {
                    "es": "Ministerio de Relaciones Exteriores del Perú",
                    "en": "Ministry of Foreign Affairs of Peru",
                },
                "url": "https://www.gob.pe/rree",
            },
        ],
    },
    # ------------------------------------------------------------------ ARGENTINA
    {
        "country": "AR",
        "slug": {"es": "argentina", "en": "argentina"},
        "title": {"es": "Guía para trabajar en Argentina", "en": "Guide to working in Argentina"},
        "summary": {
            "es": "Como peruano puedes obtener residencia en Argentina por nacionalidad MERCOSUR, sin oferta de trabajo previa; aquí explicamos el trámite en RaDEX, el DNI y el CUIL, y los cambios de 2025 en salud y educación.",
            "en": "As a Peruvian you can obtain residence in Argentina on MERCOSUR-nationality grounds, without a prior job offer; here we explain the RaDEX application, the DNI and CUIL, and the 2025 changes in health and education.",
        },
        "last_reviewed": "2026-11-23",
        "chapters": [
            {
                "kind": "work_permit",
                "title": {
                    "es": "Residencia MERCOSUR y permiso para trabajar",
                    "en": "MERCOSUR residence and permission to work",
                },
                "body": {
                    "es": '<p>Los peruanos pueden obtener residencia en Argentina por el <strong>criterio de nacionalidad MERCOSUR</strong>: el Perú es Estado Asociado del MERCOSUR y adhirió a su Acuerdo sobre Residencia. No necesitas una oferta de trabajo.</p><ul><li>Se otorga una <strong>residencia temporaria de dos años</strong>, que luego puede convertirse en <strong>permanente</strong> si cumples los requisitos.</li><li>Se tramita dentro del país ante la <a href="https://www.argentina.gob.ar/interior/migraciones">Dirección Nacional de Migraciones (DNM)</a> con el sistema en línea <strong>RaDEX</strong> (Radicación a Distancia de Extranjeros), o desde el Perú en un consulado argentino.</li><li>Requisitos habituales: documento de identidad o pasaporte vigente, certificado de antecedentes penales peruano apostillado, certificado de antecedentes argentino si ya estás en el país, ingreso regular y pago de la tasa.</li><li>Mientras se resuelve tu trámite puedes recibir una <strong>residencia precaria</strong>, que te permite trabajar y estudiar.</li></ul><p>Con la residencia obtienes el <strong>DNI para extranjeros</strong> y tramitas tu <strong>CUIL</strong> en ANSES para trabajar registrado. Como turista no puedes trabajar. En mayo de 2025 el Decreto 366/2025 modificó la Ley de Migraciones 25.871 (categorías, requisitos y acceso a servicios): confirma los requisitos vigentes en la DNM.</p>',
                    "en": '<p>Peruvians can obtain residence in Argentina on <strong>MERCOSUR-nationality grounds</strong>: Peru is a MERCOSUR Associated State and has joined its Residence Agreement. You do not need a job offer.</p><ul><li>A <strong>two-year temporary residence</strong> is granted, which can later become <strong>permanent</strong> if you meet the requirements.</li><li>Inside the country you apply to the <a href="https://www.argentina.gob.ar/interior/migraciones">National Migration Directorate (DNM)</a> through the online <strong>RaDEX</strong> system (remote residence applications for foreigners); from Peru, at an Argentine consulate.</li><li>Usual requirements: a valid identity document or passport, an apostilled Peruvian criminal-record certificate, an Argentine criminal-record certificate if you are already in the country, lawful entry and payment of the fee.</li><li>While your application is processed you can receive a <strong>provisional residence</strong> (residencia precaria), which lets you work and study.</li></ul><p>With residence you obtain a <strong>DNI for foreign nationals</strong> and apply for your <strong>CUIL</strong> (labour identification number) at ANSES to work on the books. Tourists may not work. In May 2025 Decree 366/2025 amended Migration Law 25.871 (categories, requirements and access to services): check current requirements with the DNM.</p>',
                },
            },
            {
                "kind": "before_travel",
                "title": {"es": "Antes de viajar", "en": "Before you travel"},
                "body": {
                    "es": "<ul><li>Ingresa por un paso fronterizo habilitado con tu documento de viaje vigente y conserva el registro de tu ingreso: lo necesitarás para tramitar la residencia.</li><li>Antes de salir del Perú, obtén tu <strong>certificado de antecedentes penales</strong> y apostíllalo en la Cancillería; apostilla también partidas de nacimiento o matrimonio y tus títulos o certificados de estudios.</li><li>Si vas a estudiar o ejercer una profesión, averigua antes cómo se convalida tu título.</li><li>Viaja con un <strong>seguro de salud</strong>: el Decreto 366/2025 prevé que quienes ingresan cuenten con uno y permite cobrar la atención no urgente en hospitales nacionales a quienes no son residentes permanentes.</li><li><strong>Cuidado con los fraudes</strong>: la residencia MERCOSUR no necesita intermediarios. Desconfía de ofertas con “papeles incluidos”, de talleres o trabajos con vivienda en el mismo lugar y de quien retiene documentos: son señales de explotación y trata. Denuncia en la <strong>Línea 1818</strong> (Perú) o en la <strong>línea 145</strong> (Argentina), ambas gratuitas.</li><li>Lleva dinero para el primer mes; los precios en Argentina cambian con frecuencia, así que infórmate antes de viajar.</li></ul>",
                    "en": "<ul><li>Enter through an authorised border crossing with a valid travel document and keep the record of your entry: you will need it to apply for residence.</li><li>Before leaving Peru, get your <strong>criminal-record certificate</strong> and have it apostilled by the Ministry of Foreign Affairs; also apostille your birth or marriage certificates and your degrees or transcripts.</li><li>If you plan to study or practise a profession, find out beforehand how your degree is recognised.</li><li>Travel with <strong>health insurance</strong>: Decree 366/2025 provides that people entering the country should have it, and allows national hospitals to charge people without permanent residence for non-emergency care.</li><li><strong>Beware of fraud</strong>: MERCOSUR residence needs no intermediaries. Be wary of offers with “papers included”, workshops or jobs with housing on the premises, and anyone who keeps your documents: these are signs of exploitation and trafficking. Report it to <strong>Line 1818</strong> (Peru) or <strong>line 145</strong> (Argentina), both free.</li><li>Bring money for the first month; prices in Argentina change often, so find out before you travel.</li></ul>",
                },
            },
            {
                "kind": "health",
                "title": {"es": "Primeros pasos: salud", "en": "First steps: health"},
                "body": {
                    "es": "<ul><li>Si trabajas registrado, tienes <strong>obra social</strong> (cobertura de salud) financiada con aportes tuyos y de tu empleador.</li><li>Los hospitales públicos atienden las <strong>emergencias</strong> de todas las personas, cualquiera sea su situación migratoria.</li><li>Desde mayo de 2025 (Decreto 366/2025), fuera de las emergencias, los establecimientos de salud del Estado nacional pueden exigir un seguro de salud o el pago previo del servicio a quienes no tienen residencia permanente; algunas provincias también cobran la atención a extranjeros no residentes. Los residentes permanentes se atienden en igualdad de condiciones con los argentinos.</li><li>Pregunta en el hospital o centro de salud de tu barrio qué servicios son gratuitos según tu categoría migratoria, y lleva tu DNI o tu constancia de residencia precaria.</li><li>Los accidentes de trabajo los cubre la <strong>ART</strong> (aseguradora de riesgos del trabajo) que tu empleador debe contratar.</li></ul>",
                    "en": "<ul><li>If you work on the books, you have an <strong>obra social</strong> (health cover) funded by your and your employer’s contributions.</li><li>Public hospitals treat <strong>emergencies</strong> for everyone, whatever their immigration status.</li><li>Since May 2025 (Decree 366/2025), outside emergencies, health facilities run by the national state may require health insurance or advance payment from people without permanent residence; some provinces also charge non-resident foreigners. Permanent residents are treated on equal terms with Argentines.</li><li>Ask at your local hospital or health centre which services are free for your immigration category, and bring your DNI or your provisional-residence certificate.</li><li>Workplace accidents are covered by the <strong>ART</strong> (occupational risk insurer) that your employer must contract.</li></ul>",
                },
            },
            {
                "kind": "education",
                "title": {"es": "Primeros pasos: educación", "en": "First steps: education"},
                "body": {
                    "es": "<ul><li>La educación pública <strong>inicial, primaria y secundaria</strong> es gratuita, y los niños extranjeros deben ser admitidos aunque su situación migratoria sea irregular; la escuela debe orientarte para regularizarla.</li><li>Desde 2025, las <strong>universidades nacionales</strong> mantienen gratuitos los estudios de grado para argentinos y residentes permanentes, y pueden cobrar aranceles a los demás extranjeros, con posibilidad de becas.</li><li><strong>Títulos</strong>: los estudios secundarios extranjeros se convalidan ante el área de educación del Ministerio de Capital Humano; los títulos universitarios se convalidan cuando hay un convenio aplicable o se revalidan en una universidad nacional.</li><li>Muchas jurisdicciones ofrecen escuelas gratuitas para adultos (primaria y secundaria) y cursos de formación profesional.</li></ul>",
                    "en": "<ul><li>Public <strong>pre-school, primary and secondary</strong> education is free, and foreign children must be admitted even if their immigration status is irregular; the school must advise you on how to regularise it.</li><li>Since 2025, <strong>national universities</strong> keep undergraduate studies free for Argentines and permanent residents and may charge fees to other foreign nationals, with scholarships possible.</li><li><strong>Qualifications</strong>: foreign secondary studies are validated by the education area of the Ministry of Human Capital; university degrees are validated where an agreement applies, or otherwise revalidated at a national university.</li><li>Many jurisdictions offer free schools for adults (primary and secondary) and vocational training courses.</li></ul>",
                },
            },
            {
                "kind": "labour_rights",
                "title": {
                    "es": "Defiende tus derechos laborales",
                    "en": "Defending your labour rights",
                },
                "body": {
                    "es": "<ul><li>Las personas migrantes tienen los mismos derechos laborales que las argentinas. Tu empleador debe <strong>registrarte</strong> (“trabajo en blanco”): así aportas para tu jubilación y tienes obra social y cobertura de ART.</li><li>La <strong>Ley de Contrato de Trabajo</strong> y el convenio colectivo de tu actividad fijan el salario, la jornada, las vacaciones y el aguinaldo (sueldo anual complementario, pagado en dos cuotas).</li><li>El <strong>trabajo en casas particulares</strong> (empleo doméstico), frecuente entre mujeres peruanas, tiene su propio régimen (Ley 26.844), con registro obligatorio, vacaciones, aguinaldo y licencias.</li><li>Para denunciar trabajo no registrado o incumplimientos, acude a la autoridad laboral nacional o a la de tu provincia; en la Ciudad de Buenos Aires, los reclamos individuales pasan primero por la conciliación laboral obligatoria (SECLO).</li><li>Los talleres clandestinos, la servidumbre por deudas y la retención de documentos son delitos: denúncialos en la línea 145.</li></ul>",
                    "en": "<ul><li>Migrant workers have the same labour rights as Argentines. Your employer must <strong>register</strong> you (“trabajo en blanco”), so that you pay into a pension and have an obra social and ART cover.</li><li>The <strong>Employment Contract Law</strong> and your sector’s collective agreement set pay, working hours, holidays and the aguinaldo (a thirteenth-month payment made in two instalments).</li><li><strong>Domestic work in private homes</strong>, common among Peruvian women, has its own scheme (Law 26.844), with compulsory registration, holidays, aguinaldo and leave.</li><li>To report unregistered work or other breaches, go to the national labour authority or your province’s; in the City of Buenos Aires individual claims first go through compulsory labour conciliation (SECLO).</li><li>Clandestine workshops, debt bondage and withholding documents are crimes: report them on line 145.</li></ul>",
                },
            },
            {
                "kind": "admin_procedures",
                "title": {"es": "Trámites al llegar", "en": "Procedures on arrival"},
                "body": {
                    "es": '<ol><li><strong>Residencia</strong>: inicia tu trámite en RaDEX; guarda la constancia de residencia precaria y controla su vencimiento.</li><li><strong>DNI para extranjeros</strong>: lo emite el RENAPER cuando se otorga la residencia temporaria o permanente.</li><li><strong>CUIL</strong>: solicítalo en <a href="https://www.anses.gob.ar">ANSES</a>; es tu número para trabajar, cobrar y aportar.</li><li><strong>Mi Argentina</strong>: crea tu cuenta en la aplicación oficial para tener tu DNI digital y hacer trámites en línea.</li><li><strong>Residencia permanente</strong>: antes de que venza tu residencia temporaria, solicita la permanente por RaDEX.</li></ol><p>El consulado del Perú puede emitir los documentos peruanos que te pida la DNM, como el DNI, el pasaporte o un certificado consular de antecedentes penales. Consulta las categorías y requisitos en la sección de residencias de la <a href="https://www.argentina.gob.ar/interior/migraciones/residencias">DNM</a>.</p>',
                    "en": '<ol><li><strong>Residence</strong>: start your application in RaDEX; keep your provisional-residence certificate and watch its expiry date.</li><li><strong>DNI for foreign nationals</strong>: issued by RENAPER once temporary or permanent residence is granted.</li><li><strong>CUIL</strong>: apply at <a href="https://www.anses.gob.ar">ANSES</a>; it is your number for working, getting paid and paying contributions.</li><li><strong>Mi Argentina</strong>: create an account in the official app to hold your digital DNI and do procedures online.</li><li><strong>Permanent residence</strong>: before your temporary residence expires, apply for permanent residence through RaDEX.</li></ol><p>The Peruvian consulate can issue Peruvian documents the DNM asks for, such as your DNI, passport or a consular criminal-record certificate. Check categories and requirements in the residence section of the <a href="https://www.argentina.gob.ar/interior/migraciones/residencias">DNM</a> website.</p>',
                },
            },
            {
                "kind": "housing",
                "title": {"es": "Vivienda y costo de vida", "en": "Housing and cost of living"},
                "body": {
                    "es": "<ul><li>Desde fines de 2023 (Decreto 70/2023, que derogó la Ley de Alquileres) las condiciones del alquiler se pactan libremente: plazo, moneda y forma de actualización se negocian. Lee bien el contrato antes de firmar.</li><li>Es común que pidan una <strong>garantía</strong> (propietaria o seguro de caución), un depósito y comprobantes de ingresos.</li><li>Pide siempre contrato escrito y recibos, y desconfía de ofertas de vivienda en el mismo lugar de trabajo sin contrato, típicas de talleres clandestinos.</li><li>Por la inflación de los últimos años, los precios cambian a menudo: revisa datos oficiales del INDEC y portales inmobiliarios actualizados antes de calcular tu presupuesto.</li><li>La Ciudad de Buenos Aires y otras jurisdicciones tienen oficinas de orientación para inquilinos y defensorías del pueblo.</li></ul>",
                    "en": "<ul><li>Since late 2023 (Decree 70/2023, which repealed the Rental Law) rental terms are freely agreed: length, currency and how the rent is updated are all negotiated. Read the contract carefully before signing.</li><li>Landlords commonly ask for a <strong>guarantee</strong> (a property guarantor or a surety insurance policy), a deposit and proof of income.</li><li>Always ask for a written contract and receipts, and be wary of offers of housing at the workplace without a contract, typical of clandestine workshops.</li><li>Because of inflation in recent years prices change often: check official INDEC data and up-to-date property websites before planning your budget.</li><li>The City of Buenos Aires and other jurisdictions have advice offices for tenants and ombudsman offices.</li></ul>",
                },
            },
            {
                "kind": "consulates",
                "title": {
                    "es": "Consulados e instituciones de apoyo",
                    "en": "Consulates and support institutions",
                },
                "body": {
                    "es": '<p>El Perú tiene una embajada en Buenos Aires y consulados generales en Buenos Aires, Mendoza y otras ciudades argentinas, que también organizan consulados itinerantes en provincias. Allí puedes tramitar tu DNI y pasaporte, obtener certificados para tu residencia, inscribir nacimientos y matrimonios y pedir asistencia en emergencias. La residencia argentina la otorga la DNM, no el consulado.</p><p>Muchos trámites requieren cita previa. Inscríbete en el Registro de Nacionales de tu consulado. La lista completa de oficinas consulares está en el portal de la <a href="https://www.gob.pe/rree">Cancillería</a>. Abajo encontrarás consulados, organismos públicos argentinos y organizaciones que apoyan a personas migrantes.</p>',
                    "en": '<p>Peru has an embassy in Buenos Aires and consulates general in Buenos Aires, Mendoza and other Argentine cities, which also run mobile consulates in the provinces. There you can renew your DNI and passport, obtain certificates for your residence application, register births and marriages and ask for help in emergencies. Argentine residence is granted by the DNM, not by the consulate.</p><p>Many services require an appointment. Register in your consulate’s Registry of Nationals. The full list of consular offices is on the <a href="https://www.gob.pe/rree">Ministry of Foreign Affairs</a> portal. Below you will find consulates, Argentine public bodies and organisations that support migrants.</p>',
                },
            },
            {
                "kind": "agreements",
                "title": {"es": "Acuerdos con Argentina", "en": "Agreements with Argentina"},
                "body": {
                    "es": "<ul><li><strong>Convenio de Migración entre el Perú y Argentina</strong> (Lima, 12 de agosto de 1998) y su <strong>Protocolo Adicional de 2002</strong>, que facilitaron la regularización de miles de peruanos.</li><li><strong>Acuerdo sobre Residencia para Nacionales de los Estados Partes del MERCOSUR</strong>, al que el Perú adhirió en 2011: es la base de la residencia por nacionalidad MERCOSUR que hoy se tramita en la DNM.</li><li><strong>Convenio Multilateral Iberoamericano de Seguridad Social</strong>: vigente para el Perú desde 2016 y aplicable con Argentina; permite sumar los aportes de ambos países para obtener una pensión.</li></ul><p>Para pedir una pensión con aportes en ambos países, consulta en ANSES, en la ONP o en tu AFP. Abajo se listan los acuerdos registrados en este portal.</p>",
                    "en": "<ul><li><strong>Peru–Argentina Migration Agreement</strong> (Lima, 12 August 1998) and its <strong>2002 Additional Protocol</strong>, which helped thousands of Peruvians regularise their status.</li><li><strong>Residence Agreement for Nationals of the MERCOSUR States Parties</strong>, which Peru joined in 2011: it is the basis of the MERCOSUR-nationality residence now handled by the DNM.</li><li><strong>Ibero-American Multilateral Social Security Convention</strong>: in force for Peru since 2016 and applicable with Argentina; contributions in both countries can be added together for a pension.</li></ul><p>To claim a pension with contributions in both countries, ask ANSES, the ONP or your AFP. The agreements recorded on this portal are listed below.</p>",
                },
            },
        ],
        "sources": [
            {
                "title": {
                    "es": "Dirección Nacional de Migraciones",
                    "en": "National Migration Directorate (DNM)",
                },
                "url": "https://www.argentina.gob.ar/interior/migraciones",
            },
            {
                "title": {"es": "DNM – Residencias", "en": "DNM – Residence permits"},
                "url": "https://www.argentina.gob.ar/interior/migraciones/residencias",
            },
            {
                "title": {
                    "es": "ANSES – Administración Nacional de la Seguridad Social",
                    "en": "ANSES – National Social Security Administration",
                },
                "url": "https://www.anses.gob.ar",
            },
            {
                "title": {
                    "es": "Ministerio de Relaciones Exteriores del Perú",
                    "en": "Ministry of Foreign Affairs of Peru",
                },
                "url": "https://www.gob.pe/rree",
            },
        ],
    },
]

INSTITUTIONS = [
    # ------------------------------------------------------------------ UNITED STATES
    {
        "name": {
            "es": "Consulado General del Perú en Miami",
            "en": "Consulate General of Peru in Miami",
        },
        "kind": "consulate",
        "country": "US",
        "city": "Miami",
        "address": "",
        "phone": "",
        "email": "",
        "website": "https://www.consulado.pe/es/Miami/Paginas/Inicio.aspx",
        "description": {
            "es": "Atiende a la comunidad peruana de su jurisdicción: DNI, pasaporte, registro civil, poderes, certificados y asistencia en emergencias. Trámites con cita.",
            "en": "Serves the Peruvian community in its jurisdiction: DNI, passports, civil registration, powers of attorney, certificates and emergency assistance. Services by appointment.",
        },
    },
    {
        "name": {
            "es": "Consulado General del Perú en Nueva York",
            "en": "Consulate General of Peru in New York",
        },
        "kind": "consulate",
        "country": "US",
        "city": "New York",
        "address": "",
        "phone": "",
        "email": "",
        "website": "https://www.consulado.pe/es/nuevayork/Paginas/Inicio.aspx",
        "description": {
            "es": "Trámites consulares y protección de peruanos en su jurisdicción del noreste de Estados Unidos, incluida la asistencia a personas detenidas o en situación de emergencia.",
            "en": "Consular services and protection for Peruvians in its north-eastern U.S. jurisdiction, including assistance to people who are detained or in an emergency.",
        },
    },
    {
        "name": {
            "es": "Consulado General del Perú en Los Ángeles",
            "en": "Consulate General of Peru in Los Angeles",
        },
        "kind": "consulate",
        "country": "US",
        "city": "Los Angeles",
        "address": "",
        "phone": "",
        "email": "",
        "website": "https://www.consulado.pe/es/LosAngeles/Paginas/Inicio.aspx",
        "description": {
            "es": "Trámites consulares, registro de nacionales y asistencia a peruanos en su jurisdicción del oeste de Estados Unidos.",
            "en": "Consular services, registration of nationals and assistance to Peruvians in its western U.S. jurisdiction.",
        },
    },
    {
        "name": {
            "es": "División de Salarios y Horas (WHD), Departamento de Trabajo",
            "en": "Wage and Hour Division (WHD), Department of Labor",
        },
        "kind": "public_body",
        "country": "US",
        "city": "Washington, D.C.",
        "address": "",
        "phone": "1-866-487-9243",
        "email": "",
        "website": "https://www.dol.gov/agencies/whd",
        "description": {
            "es": "Hace cumplir el salario mínimo, el pago de horas extra y las protecciones de los programas H-2A y H-2B. Recibe quejas de forma gratuita y confidencial, sin importar el estatus migratorio; ofrece atención en varios idiomas, incluido el español.",
            "en": "Enforces the minimum wage, overtime pay and the protections of the H-2A and H-2B programmes. Takes complaints free of charge and confidentially, whatever your immigration status; help is available in many languages, including Spanish.",
        },
    },
    {
        "name": {
            "es": "Administración de Seguridad y Salud Ocupacional (OSHA)",
            "en": "Occupational Safety and Health Administration (OSHA)",
        },
        "kind": "public_body",
        "country": "US",
        "city": "Washington, D.C.",
        "address": "",
        "phone": "1-800-321-6742",
        "email": "",
        "website": "https://www.osha.gov",
        "description": {
            "es": "Vigila la seguridad en los lugares de trabajo. Puedes denunciar riesgos o represalias por haberte quejado de condiciones inseguras.",
            "en": "Oversees workplace safety. You can report hazards, or retaliation for having complained about unsafe conditions.",
        },
    },
    {
        "name": {
            "es": "Comisión para la Igualdad de Oportunidades en el Empleo (EEOC)",
            "en": "Equal Employment Opportunity Commission (EEOC)",
        },
        "kind": "public_body",
        "country": "US",
        "city": "Washington, D.C.",
        "address": "",
        "phone": "1-800-669-4000",
        "email": "",
        "website": "https://www.eeoc.gov",
        "description": {
            "es": "Recibe denuncias por discriminación y acoso en el trabajo por origen nacional, raza, sexo, religión, edad o discapacidad.",
            "en": "Takes charges of workplace discrimination and harassment based on national origin, race, sex, religion, age or disability.",
        },
    },
    {
        "name": {
            "es": "Centro de los Derechos del Migrante (CDM)",
            "en": "Centro de los Derechos del Migrante (CDM)",
        },
        "kind": "ngo",
        "country": "US",
        "city": "Baltimore",
        "address": "",
        "phone": "",
        "email": "",
        "website": "https://cdmigrante.org",
        "description": {
            "es": "Organización binacional (Estados Unidos y México) que orienta y defiende a trabajadores migrantes, en especial con visas H-2A y H-2B, frente a fraudes de reclutamiento y abusos laborales.",
            "en": "Binational organisation (United States and Mexico) that advises and defends migrant workers, especially those on H-2A and H-2B visas, against recruitment fraud and labour abuse.",
        },
    },
    # ------------------------------------------------------------------ SPAIN
    {
        "name": {
            "es": "Consulado General del Perú en Madrid",
            "en": "Consulate General of Peru in Madrid",
        },
        "kind": "consulate",
        "country": "ES",
        "city": "Madrid",
        "address": "",
        "phone": "",
        "email": "",
        "website": "https://www.consulado.pe/es/Madrid/Paginas/Inicio.aspx",
        "description": {
            "es": "DNI, pasaporte, registro civil, poderes, certificados y asistencia a peruanos en su jurisdicción; ofrece también algunos trámites no presenciales.",
            "en": "DNI, passports, civil registration, powers of attorney, certificates and assistance to Peruvians in its jurisdiction; some services can be requested remotely.",
        },
    },
    {
        "name": {
            "es": "Consulado General del Perú en Barcelona",
            "en": "Consulate General of Peru in Barcelona",
        },
        "kind": "consulate",
        "country": "ES",
        "city": "Barcelona",
        "address": "",
        "phone": "",
        "email": "",
        "website": "https://www.gob.pe/rree",
        "description": {
            "es": "Atiende a los peruanos de su jurisdicción en el noreste de España. Consulta dirección, horarios y citas en el portal de la Cancillería.",
            "en": "Serves Peruvians in its jurisdiction in north-eastern Spain. Check the address, opening hours and appointments on the Ministry of Foreign Affairs portal.",
        },
    },
    {
        "name": {
            "es": "Inspección de Trabajo y Seguridad Social",
            "en": "Labour and Social Security Inspectorate",
        },
        "kind": "public_body",
        "country": "ES",
        "city": "Madrid",
        "address": "",
        "phone": "",
        "email": "",
        "website": "https://www.mites.gob.es/itss/web/",
        "description": {
            "es": "Vigila el cumplimiento de las normas laborales y de Seguridad Social. Recibe denuncias en las inspecciones provinciales y tiene un buzón para comunicar fraudes de forma anónima.",
            "en": "Enforces labour and Social Security law. Takes complaints at its provincial offices and runs a mailbox for anonymous fraud reports.",
        },
    },
    {
        "name": {
            "es": "Portal de Inmigración – Secretaría de Estado de Migraciones",
            "en": "Immigration Portal – State Secretariat for Migration",
        },
        "kind": "public_body",
        "country": "ES",
        "city": "Madrid",
        "address": "",
        "phone": "",
        "email": "",
        "website": "https://extranjeros.inclusion.gob.es",
        "description": {
            "es": "Información oficial sobre autorizaciones de residencia y trabajo, arraigo, reagrupación familiar y oficinas de extranjería.",
            "en": "Official information on residence and work authorisations, arraigo, family reunification and immigration offices.",
        },
    },
    {
        "name": {"es": "Seguridad Social", "en": "Social Security"},
        "kind": "public_body",
        "country": "ES",
        "city": "Madrid",
        "address": "",
        "phone": "",
        "email": "",
        "website": "https://www.seg-social.es",
        "description": {
            "es": "Alta, vida laboral y pensiones, incluidas las que combinan periodos cotizados en España y en el Perú.",
            "en": "Registration, employment record and pensions, including those combining contribution periods in Spain and Peru.",
        },
    },
    {
        "name": {"es": "Cruz Roja Española", "en": "Spanish Red Cross"},
        "kind": "ngo",
        "country": "ES",
        "city": "Madrid",
        "address": "",
        "phone": "",
        "email": "",
        "website": "https://www.cruzroja.es",
        "description": {
            "es": "Programas de acogida, orientación sociolaboral y empleo para personas migrantes en todo el país.",
            "en": "Reception, social and employment guidance and job programmes for migrants throughout Spain.",
        },
    },
    {
        "name": {
            "es": "Comisión Española de Ayuda al Refugiado (CEAR)",
            "en": "Spanish Commission for Refugee Aid (CEAR)",
        },
        "kind": "ngo",
        "country": "ES",
        "city": "Madrid",
        "address": "",
        "phone": "",
        "email": "",
        "website": "https://www.cear.es",
        "description": {
            "es": "Asesoría jurídica, acogida e inserción laboral para personas refugiadas y migrantes.",
            "en": "Legal advice, reception and job-placement support for refugees and migrants.",
        },
    },
    # ------------------------------------------------------------------ ITALY
    {
        "name": {
            "es": "Consulado General del Perú en Milán",
            "en": "Consulate General of Peru in Milan",
        },
        "kind": "consulate",
        "country": "IT",
        "city": "Milano",
        "address": "",
        "phone": "",
        "email": "",
        "website": "https://www.consulado.pe/es/Milan/Paginas/Inicio.aspx",
        "description": {
            "es": "Atiende a una de las comunidades peruanas más grandes de Europa: DNI, pasaporte, registro civil, certificado consular de antecedentes penales y asistencia en emergencias.",
            "en": "Serves one of the largest Peruvian communities in Europe: DNI, passports, civil registration, consular criminal-record certificates and emergency assistance.",
        },
    },
    {
        "name": {
            "es": "Portale Integrazione Migranti (Ministerio de Trabajo de Italia)",
            "en": "Portale Integrazione Migranti (Italian Ministry of Labour)",
        },
        "kind": "public_body",
        "country": "IT",
        "city": "Roma",
        "address": "",
        "phone": "",
        "email": "",
        "website": "https://www.integrazionemigranti.gov.it",
        "description": {
            "es": "Portal oficial sobre el Decreto flussi, el permesso di soggiorno, el trabajo, la salud, la escuela y los servicios para migrantes en cada territorio.",
            "en": "Official portal on the Decreto flussi, residence permits, work, health, schooling and local services for migrants.",
        },
    },
    {
        "name": {"es": "Ispettorato Nazionale del Lavoro", "en": "National Labour Inspectorate"},
        "kind": "public_body",
        "country": "IT",
        "city": "Roma",
        "address": "",
        "phone": "",
        "email": "",
        "website": "https://www.ispettorato.gov.it",
        "description": {
            "es": "Controla el cumplimiento de las normas laborales y recibe denuncias por trabajo irregular, impagos y explotación (caporalato).",
            "en": "Enforces labour law and takes reports of undeclared work, unpaid wages and exploitation (caporalato).",
        },
    },
    {
        "name": {
            "es": "INPS – Instituto Nacional de Previsión Social",
            "en": "INPS – National Social Security Institute",
        },
        "kind": "public_body",
        "country": "IT",
        "city": "Roma",
        "address": "",
        "phone": "",
        "email": "",
        "website": "https://www.inps.it",
        "description": {
            "es": "Gestiona los aportes, las pensiones y las prestaciones de los trabajadores en Italia; en su sitio puedes revisar tu historial de cotizaciones.",
            "en": "Manages contributions, pensions and benefits for workers in Italy; you can check your contribution record on its website.",
        },
    },
    {
        "name": {"es": "Patronato ACLI", "en": "Patronato ACLI"},
        "kind": "association",
        "country": "IT",
        "city": "Roma",
        "address": "",
        "phone": "",
        "email": "",
        "website": "https://www.patronato.acli.it",
        "description": {
            "es": "Patronato con oficinas en toda Italia que ayuda gratuitamente con el permesso di soggiorno, el Decreto flussi, las pensiones y otros trámites.",
            "en": "Advice centre with offices across Italy that helps free of charge with residence permits, the Decreto flussi, pensions and other paperwork.",
        },
    },
    {
        "name": {"es": "Patronato INCA CGIL", "en": "Patronato INCA CGIL"},
        "kind": "association",
        "country": "IT",
        "city": "Roma",
        "address": "",
        "phone": "",
        "email": "",
        "website": "https://www.inca.it",
        "description": {
            "es": "Patronato del sindicato CGIL: asesoría gratuita sobre derechos laborales, previsión social y trámites migratorios.",
            "en": "Advice centre of the CGIL trade union: free advice on labour rights, social security and immigration paperwork.",
        },
    },
    {
        "name": {"es": "Caritas Italiana", "en": "Caritas Italiana"},
        "kind": "ngo",
        "country": "IT",
        "city": "Roma",
        "address": "",
        "phone": "",
        "email": "",
        "website": "https://www.caritas.it",
        "description": {
            "es": "Red de centros de escucha diocesanos que ofrecen orientación, ayuda básica y acompañamiento a personas migrantes.",
            "en": "Network of diocesan help centres offering guidance, basic aid and support to migrants.",
        },
    },
    # ------------------------------------------------------------------ CHILE
    {
        "name": {
            "es": "Consulado General del Perú en Santiago",
            "en": "Consulate General of Peru in Santiago",
        },
        "kind": "consulate",
        "country": "CL",
        "city": "Santiago",
        "address": "",
        "phone": "",
        "email": "",
        "website": "https://www.gob.pe/rree",
        "description": {
            "es": "Atiende a la mayor comunidad peruana en Chile: DNI, pasaporte, matrícula consular, registro civil y asistencia. Consulta dirección, horarios y citas en el portal de la Cancillería.",
            "en": "Serves the largest Peruvian community in Chile: DNI, passports, consular registration card, civil registration and assistance. Check the address, opening hours and appointments on the Ministry of Foreign Affairs portal.",
        },
    },
    {
        "name": {
            "es": "Consulado General del Perú en Arica",
            "en": "Consulate General of Peru in Arica",
        },
        "kind": "consulate",
        "country": "CL",
        "city": "Arica",
        "address": "",
        "phone": "",
        "email": "",
        "website": "https://www.consulado.pe/es/Arica/Paginas/Inicio.aspx",
        "description": {
            "es": "Trámites consulares y asistencia a peruanos en el norte de Chile, junto a la frontera con Tacna.",
            "en": "Consular services and assistance for Peruvians in northern Chile, next to the border with Tacna.",
        },
    },
    {
        "name": {
            "es": "Servicio Nacional de Migraciones (SERMIG)",
            "en": "National Migration Service (SERMIG)",
        },
        "kind": "public_body",
        "country": "CL",
        "city": "Santiago",
        "address": "",
        "phone": "",
        "email": "",
        "website": "https://serviciomigraciones.cl",
        "description": {
            "es": "Otorga los permisos de residencia temporal y definitiva; las solicitudes se presentan en su portal de trámites digitales.",
            "en": "Grants temporary and permanent residence permits; applications are made on its online services portal.",
        },
    },
    {
        "name": {"es": "Dirección del Trabajo", "en": "Labour Directorate (Dirección del Trabajo)"},
        "kind": "public_body",
        "country": "CL",
        "city": "Santiago",
        "address": "",
        "phone": "",
        "email": "",
        "website": "https://www.dt.gob.cl",
        "description": {
            "es": "Fiscaliza el cumplimiento de la ley laboral, recibe denuncias y reclamos (también en línea) y ofrece conciliación entre trabajadores y empleadores.",
            "en": "Enforces labour law, takes complaints and claims (also online) and offers conciliation between workers and employers.",
        },
    },
    {
        "name": {"es": "FONASA – Fondo Nacional de Salud", "en": "FONASA – National Health Fund"},
        "kind": "public_body",
        "country": "CL",
        "city": "Santiago",
        "address": "",
        "phone": "",
        "email": "",
        "website": "https://www.fonasa.cl",
        "description": {
            "es": "Seguro público de salud al que puedes afiliarte como trabajador o carga familiar, con acceso a la red pública y a prestadores en convenio.",
            "en": "Public health insurer you can join as a worker or dependant, giving access to the public network and to contracted providers.",
        },
    },
    {
        "name": {"es": "Servicio Jesuita a Migrantes (SJM)", "en": "Jesuit Migrant Service (SJM)"},
        "kind": "ngo",
        "country": "CL",
        "city": "Santiago",
        "address": "",
        "phone": "",
        "email": "",
        "website": "https://sjmchile.org",
        "description": {
            "es": "Organización nacida en 2000 para apoyar a los migrantes peruanos; ofrece orientación social y jurídica gratuita sobre trámites migratorios, trabajo y acceso a derechos.",
            "en": "Organisation founded in 2000 to support Peruvian migrants; offers free social and legal guidance on immigration procedures, work and access to rights.",
        },
    },
    # ------------------------------------------------------------------ ARGENTINA
    {
        "name": {
            "es": "Consulado General del Perú en Buenos Aires",
            "en": "Consulate General of Peru in Buenos Aires",
        },
        "kind": "consulate",
        "country": "AR",
        "city": "Buenos Aires",
        "address": "",
        "phone": "",
        "email": "",
        "website": "https://www.gob.pe/rree",
        "description": {
            "es": "Atiende a la comunidad peruana de Buenos Aires y alrededores: DNI, pasaporte, certificados para la residencia, registro civil y asistencia. Consulta dirección, horarios y citas en el portal de la Cancillería.",
            "en": "Serves the Peruvian community in and around Buenos Aires: DNI, passports, certificates for residence applications, civil registration and assistance. Check the address, opening hours and appointments on the Ministry of Foreign Affairs portal.",
        },
    },
    {
        "name": {
            "es": "Dirección Nacional de Migraciones (DNM)",
            "en": "National Migration Directorate (DNM)",
        },
        "kind": "public_body",
        "country": "AR",
        "city": "Buenos Aires",
        "address": "",
        "phone": "",
        "email": "",
        "website": "https://www.argentina.gob.ar/interior/migraciones",
        "description": {
            "es": "Otorga las residencias, incluida la residencia por nacionalidad MERCOSUR, que se tramita en línea mediante RaDEX.",
            "en": "Grants residence permits, including MERCOSUR-nationality residence, applied for online through RaDEX.",
        },
    },
    {
        "name": {
            "es": "ANSES – Administración Nacional de la Seguridad Social",
            "en": "ANSES – National Social Security Administration",
        },
        "kind": "public_body",
        "country": "AR",
        "city": "Buenos Aires",
        "address": "",
        "phone": "",
        "email": "",
        "website": "https://www.anses.gob.ar",
        "description": {
            "es": "Asigna el CUIL, necesario para trabajar registrado, y gestiona jubilaciones y asignaciones familiares.",
            "en": "Issues the CUIL needed to work on the books, and manages pensions and family allowances.",
        },
    },
    {
        "name": {
            "es": "Comisión Argentina para Refugiados y Migrantes (CAREF)",
            "en": "Argentine Commission for Refugees and Migrants (CAREF)",
        },
        "kind": "ngo",
        "country": "AR",
        "city": "Buenos Aires",
        "address": "",
        "phone": "",
        "email": "",
        "website": "https://caref.org.ar",
        "description": {
            "es": "Asociación civil que desde 1973 brinda atención social y jurídica gratuita a personas migrantes y refugiadas, incluida la orientación para regularizar su residencia.",
            "en": "Non-profit association that since 1973 has offered free social and legal support to migrants and refugees, including help to regularise their residence.",
        },
    },
    {
        "name": {
            "es": "Centro de Estudios Legales y Sociales (CELS)",
            "en": "Center for Legal and Social Studies (CELS)",
        },
        "kind": "ngo",
        "country": "AR",
        "city": "Buenos Aires",
        "address": "",
        "phone": "",
        "email": "",
        "website": "https://www.cels.org.ar",
        "description": {
            "es": "Organización de derechos humanos que trabaja, entre otros temas, en la defensa de los derechos de las personas migrantes y el seguimiento de la política migratoria.",
            "en": "Human rights organisation whose work includes defending migrants’ rights and monitoring migration policy.",
        },
    },
    {
        "name": {
            "es": "Organización Internacional para las Migraciones (OIM) – Argentina",
            "en": "International Organization for Migration (IOM) – Argentina",
        },
        "kind": "international",
        "country": "AR",
        "city": "Buenos Aires",
        "address": "",
        "phone": "",
        "email": "",
        "website": "https://argentina.iom.int",
        "description": {
            "es": "Agencia de la ONU para las migraciones: información sobre migración segura, apoyo a víctimas de trata y programas de integración.",
            "en": "UN migration agency: information on safe migration, support for trafficking victims and integration programmes.",
        },
    },
]
