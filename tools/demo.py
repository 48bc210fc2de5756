"""The tools' demo content: steps and warning signs written from facts the portal's demo already
cites, and from gob.pe for the Returning Migrant Card:
- gob.pe/83486 and gob.pe/80268 (Ministry of Foreign Affairs): the card is requested within the
  180 calendar days before or after the date of entry into Peru, with a copy of the DNI, form
  R-1, a passport-size photograph, a sworn statement and the application, and is decided within
  15 working days; the tax-free limits of USD 50,000 (household goods), USD 50,000 (a vehicle)
  and USD 350,000 (work equipment);
- the country guides (lines/demo_data/guides.py) and the FAQ (complementary/demo_data) for the
  Spain permit route, apostille, criminal record, degree recognition, Line 1818 and the signs
  of a fraudulent offer.
What no source gave (the customs deadline of the benefits, the address of the register of private
employment agencies, a passport's fee) is left empty and the item flagged `to_verify`."""

from django.db import transaction

from infomigra.demo_loading import translated
from infomigra.models import Status
from lines.models import ActionLine, CountryGuide

from .models import Step, WarningSign

PORTAL_INMIGRACION = "https://extranjeros.inclusion.gob.es"
CARD_ABROAD = "https://www.gob.pe/80268-solicitar-tarjeta-del-migrante-retornado-en-el-extranjero"
EMPLEOS_PERU = "https://www.empleosperu.gob.pe/"
MTPE = "https://www.gob.pe/mtpe"


def _t(es, en):
    return {"es": es, "en": en}


STEPS = [
    # line 1, any country
    {"line": 1, "order": 10, "if_offer": "yes",
     "title": _t("Comprueba que tu oferta de trabajo sea real",
                 "Check that your job offer is genuine"),
     "body": _t("<p>Antes de pagar, firmar o entregar documentos, revisa las señales de alerta con la herramienta «¿Es real esta oferta de trabajo?» y verifica que la agencia esté inscrita en el registro de agencias privadas de empleo del MTPE.</p>",
                "<p>Before paying, signing or handing over documents, go through the warning signs with the “Is this job offer genuine?” tool and check that the agency is listed in the MTPE register of private employment agencies.</p>"),
     "warning": _t("Desconfía de quien te pida dinero por un «cupo», una visa o un contrato.",
                   "Be wary of anyone asking you for money for a “place”, a visa or a contract.")},
    {"line": 1, "order": 20, "to_verify": True,
     "title": _t("Ten tu pasaporte vigente", "Have a valid passport"),
     "body": _t("<p>Lo necesitas para pedir el permiso o el visado y debe estar vigente durante toda tu estadía.</p>",
                "<p>You need it to apply for the permit or visa, and it must be valid for your whole stay.</p>"),
     "documents": _t("Pasaporte vigente", "Valid passport")},
    {"line": 1, "order": 30,
     "title": _t("Obtén tu certificado de antecedentes penales y apostíllalo",
                 "Get your criminal-record certificate and have it apostilled"),
     "body": _t("<p>Para los permisos de trabajo suelen pedir el certificado de antecedentes penales, apostillado. En el Perú apostilla el Ministerio de Relaciones Exteriores (Cancillería).</p>",
                "<p>Work permits usually require an apostilled criminal-record certificate. In Peru the Ministry of Foreign Affairs issues the apostille.</p>"),
     "documents": _t("Certificado de antecedentes penales apostillado",
                     "Apostilled criminal-record certificate")},
    {"line": 1, "order": 40, "if_family": "yes",
     "title": _t("Apostilla los documentos de tu familia", "Have your family’s documents apostilled"),
     "body": _t("<p>Si tu familia viaja contigo, apostilla en la Cancillería las partidas de nacimiento y de matrimonio y los certificados de estudios de tus hijos.</p>",
                "<p>If your family travels with you, have the Ministry of Foreign Affairs apostille birth and marriage certificates and your children’s school records.</p>"),
     "documents": _t("Partidas de nacimiento apostilladas\nPartida de matrimonio apostillada",
                     "Apostilled birth certificates\nApostilled marriage certificate")},
    {"line": 1, "order": 45, "if_family": "no",
     "title": _t("Si tu familia se queda en el Perú, deja todo organizado",
                 "If your family stays in Peru, leave everything arranged"),
     "body": _t("<p>Deja a tu familia una copia de tu contrato, el nombre y la dirección de tu empleador y los datos del consulado peruano del lugar donde vas a trabajar.</p>",
                "<p>Leave your family a copy of your contract, your employer’s name and address, and the details of the Peruvian consulate where you will work.</p>")},
    {"line": 1, "order": 50, "if_regulated": "yes",
     "title": _t("Empieza el reconocimiento de tu título", "Start the recognition of your degree"),
     "body": _t("<p>Para ejercer una profesión regulada (medicina, enfermería, docencia, ingeniería…) el país de destino debe reconocer tu título. Empieza con tiempo.</p>",
                "<p>To practise a regulated profession (medicine, nursing, teaching, engineering…) the destination country must recognise your degree. Start early.</p>"),
     "documents": _t("Título apostillado\nCertificados de estudios apostillados",
                     "Apostilled degree\nApostilled transcripts"),
     "duration": _t("Varios meses", "Several months")},
    {"line": 1, "order": 90, "opens_days": 0,
     "title": _t("Al llegar, inscríbete en el consulado peruano",
                 "On arrival, register with the Peruvian consulate"),
     "body": _t("<p>Inscríbete en el consulado peruano de tu jurisdicción y actualiza tu domicilio en el DNI ante RENIEC.</p>",
                "<p>Register with the Peruvian consulate for your area and update the address on your DNI with RENIEC.</p>")},
    # line 1, Spain
    {"line": 1, "guide": "ES", "order": 15, "if_offer": "yes",
     "title": _t("Tu empleador pide la autorización de residencia y trabajo",
                 "Your employer applies for the residence and work authorisation"),
     "body": _t("<p>Por cuenta ajena, el empleador presenta la solicitud ante la Oficina de Extranjería. Es más viable si el puesto figura en el Catálogo de Ocupaciones de Difícil Cobertura del SEPE.</p>",
                "<p>For employees, the employer applies to the Immigration Office (Oficina de Extranjería). It is more feasible if the job is on SEPE’s Catalogue of Hard-to-Fill Occupations.</p>"),
     "documents": _t("Copia de tu pasaporte vigente\nCertificado de antecedentes penales apostillado de los países donde viviste los últimos cinco años",
                     "Copy of your valid passport\nApostilled criminal-record certificate from the countries where you lived during the last five years"),
     "official_url": PORTAL_INMIGRACION,
     "official_label": _t("Portal de Inmigración (Gobierno de España)", "Immigration Portal (Government of Spain)"),
     "warning": _t("Entrar como turista (hasta 90 días sin visa) no permite trabajar.",
                   "Entering as a tourist (up to 90 days without a visa) does not allow you to work.")},
    {"line": 1, "guide": "ES", "order": 16, "if_offer": "no",
     "title": _t("Sin oferta: conoce las vías para buscar trabajo en España",
                 "No offer yet: learn the routes for finding work in Spain"),
     "body": _t("<p>La gestión colectiva de contrataciones en origen selecciona trabajadores en el Perú para empleos estables o de temporada, y el reglamento vigente desde el 20 de mayo de 2025 regula un visado para búsqueda de empleo.</p>",
                "<p>Collective recruitment in the country of origin selects workers in Peru for stable or seasonal jobs, and the regulation in force since 20 May 2025 provides a job-seeking visa.</p>"),
     "official_url": PORTAL_INMIGRACION,
     "official_label": _t("Portal de Inmigración (Gobierno de España)", "Immigration Portal (Government of Spain)")},
    {"line": 1, "guide": "ES", "order": 35, "if_offer": "yes",
     "title": _t("Pide el visado de trabajo en el Consulado General de España en Lima",
                 "Apply for the work visa at the Consulate General of Spain in Lima"),
     "body": _t("<p>Concedida la autorización, pides el visado; entra a España dentro de su plazo de validez.</p>",
                "<p>Once the authorisation is granted, you apply for the visa; enter Spain while it is valid.</p>"),
     "documents": _t("Pasaporte vigente\nCertificado de antecedentes penales apostillado",
                     "Valid passport\nApostilled criminal-record certificate")},
    {"line": 1, "guide": "ES", "order": 95, "opens_days": 0,
     "title": _t("Empadrónate y pide tu tarjeta sanitaria", "Register on the municipal roll and get your health card"),
     "body": _t("<p>Empadrónate en tu ayuntamiento; luego solicita la tarjeta sanitaria individual en tu centro de salud.</p>",
                "<p>Register on your town hall’s municipal roll (empadronamiento); then apply for your individual health card at your health centre.</p>")},
    # line 2: the return
    {"line": 2, "order": 10, "opens_days": -180, "closes_days": 180,
     "title": _t("Solicita la Tarjeta del Migrante Retornado", "Apply for the Returning Migrant Card"),
     "body": _t("<p>La tarjeta te da acceso a los beneficios de la Ley N.° 30001. Pídela en el consulado antes de volver o, ya en el Perú, al Ministerio de Relaciones Exteriores: dentro de los 180 días calendario antes o después de tu ingreso al Perú.</p>",
                "<p>The card gives access to the benefits of Law No. 30001. Apply at the consulate before you return or, once in Peru, to the Ministry of Foreign Affairs: within the 180 calendar days before or after your entry into Peru.</p>"),
     "documents": _t("Copia simple del DNI vigente\nFormulario R-1\nUna foto reciente tamaño pasaporte, a color y con fondo blanco\nDeclaración jurada para solicitar la tarjeta\nSolicitud de la tarjeta",
                     "Plain copy of your valid DNI\nForm R-1\nA recent passport-size colour photograph with a white background\nSworn statement requesting the card\nCard application"),
     "official_url": CARD_ABROAD,
     "official_label": _t("Solicitar la tarjeta en el extranjero (gob.pe)", "Apply for the card abroad (gob.pe)"),
     "duration": _t("Se resuelve en no más de 15 días hábiles", "Decided within 15 working days")},
    {"line": 2, "order": 20, "to_verify": True,
     "title": _t("Trae tu menaje de casa, un vehículo y tus equipos de trabajo sin pagar tributos",
                 "Bring your household goods, a vehicle and your work equipment tax-free"),
     "body": _t("<p>Con la tarjeta, la Ley N.° 30001 libera de tributos, una sola vez, el menaje de casa (hasta USD 50 000), un vehículo (hasta USD 50 000) y los instrumentos, maquinarias y equipos de tu trabajo (hasta USD 350 000). Las condiciones varían según el motivo del retorno y el tiempo vivido fuera.</p>",
                "<p>With the card, Law No. 30001 exempts from taxes, once, household goods (up to USD 50,000), a vehicle (up to USD 50,000) and the tools, machinery and equipment of your work (up to USD 350,000). Conditions vary with the reason for return and the time spent abroad.</p>"),
     "official_url": CARD_ABROAD,
     "official_label": _t("Beneficios de la Ley N.° 30001 (gob.pe)", "Law No. 30001 benefits (gob.pe)"),
     "warning": _t("Confirma con SUNAT el plazo aduanero antes de enviar tus bienes.",
                   "Confirm the customs deadline with SUNAT before shipping your belongings.")},
    {"line": 2, "order": 30,
     "title": _t("Busca empleo con el Centro de Empleo", "Look for work with the Employment Centre"),
     "body": _t("<p>Bolsa de trabajo, asesoría para la búsqueda de empleo, orientación vocacional y Certificado Único Laboral, gratis.</p>",
                "<p>Job board, job-search advice, career guidance and the single employment certificate, free of charge.</p>"),
     "official_url": EMPLEOS_PERU, "official_label": _t("Empleos Perú", "Empleos Perú")},
    {"line": 2, "order": 40,
     "title": _t("Certifica lo que sabes hacer", "Get your skills certified"),
     "body": _t("<p>Si aprendiste un oficio en el exterior, la certificación de competencias laborales del MTPE acredita oficialmente lo que sabes hacer, aunque no tengas un título.</p>",
                "<p>If you learned a trade abroad, the MTPE’s certification of labour skills officially recognises what you can do, even without a diploma.</p>"),
     "official_url": MTPE, "official_label": _t("Ministerio de Trabajo (gob.pe)", "Ministry of Labour (gob.pe)")},
    {"line": 2, "order": 50,
     "title": _t("Capacítate o emprende", "Train or start a business"),
     "body": _t("<p>El Programa Nacional para la Empleabilidad ofrece cursos de capacitación laboral gratuitos y asistencia técnica para emprender.</p>",
                "<p>The National Employability Programme offers free job-training courses and technical assistance for entrepreneurs.</p>"),
     "official_url": MTPE, "official_label": _t("Ministerio de Trabajo (gob.pe)", "Ministry of Labour (gob.pe)")},
    # line 3 and line 4
    {"line": 3, "order": 10,
     "title": _t("Inscríbete en el consulado peruano", "Register with the Peruvian consulate"),
     "body": _t("<p>Inscríbete en el consulado peruano de tu jurisdicción y actualiza tu domicilio en el DNI ante RENIEC.</p>",
                "<p>Register with the Peruvian consulate for your area and update the address on your DNI with RENIEC.</p>")},
    {"line": 4, "order": 10, "if_offer": "yes",
     "title": _t("Registra tu contrato de trabajo en SIVITMA", "Register your employment contract in SIVITMA"),
     "body": _t("<p>Los contratos de trabajadores de Bolivia, Colombia y Ecuador (Decisión 545) se registran en línea en el Sistema Virtual del Migrante Andino (SIVITMA) de este portal, sin cuenta.</p>",
                "<p>Contracts of workers from Bolivia, Colombia and Ecuador (Decision 545) are registered online in this portal’s Andean Migrant Virtual System (SIVITMA), with no account.</p>"),
     "documents": _t("Contrato de trabajo firmado, en PDF", "Signed employment contract, as a PDF")},
]  # fmt: skip

SIGNS = [
    ("cobro", _t("¿Te pidieron pagar por el empleo, el contrato, el visado o un «cupo» antes de viajar?",
                 "Have you been asked to pay for the job, the contract, the visa or a “place” before travelling?"),
     _t("Te piden dinero antes de viajar", "You are asked for money before travelling"),
     _t("Ningún permiso de trabajo legal se compra. En programas como los visados H-2A y H-2B de Estados Unidos está prohibido cobrar al trabajador tarifas de reclutamiento.",
        "No legal work permit can be bought. In programmes such as the United States’ H-2A and H-2B visas it is forbidden to charge workers recruitment fees.")),
    ("sin-contrato", _t("¿La oferta llega sin un contrato de trabajo por escrito?",
                        "Does the offer come without a written employment contract?"),
     _t("No hay contrato por escrito", "There is no written contract"),
     _t("Sin contrato no puedes comprobar quién te emplea, cuánto ganarás ni dónde trabajarás. En Chile, por ejemplo, el contrato de trabajo debe constar por escrito.",
        "Without a contract you cannot check who employs you, what you will earn or where you will work. In Chile, for example, employment contracts must be in writing.")),
    ("visa-turista", _t("¿Te dicen que viajes como turista y que «arregles los papeles después»?",
                        "Are you told to travel as a tourist and “sort out the papers later”?"),
     _t("Te proponen viajar con visa de turista para trabajar", "You are told to travel on a tourist visa to work"),
     _t("Una estancia como turista no permite trabajar: en España, por ejemplo, los peruanos entran sin visa hasta 90 días, pero sin derecho a trabajar. Trabajar así te deja sin contrato, sin seguro y expuesto a la expulsión.",
        "A tourist stay does not allow you to work: in Spain, for example, Peruvians enter without a visa for up to 90 days, but with no right to work. Working like that leaves you with no contract, no insurance and at risk of removal.")),
    ("pasaporte", _t("¿Te pidieron entregar tu pasaporte o tus documentos al empleador o a la agencia?",
                     "Have you been asked to hand over your passport or documents to the employer or the agency?"),
     _t("Quieren quedarse con tu pasaporte", "They want to keep your passport"),
     _t("Retener los documentos de una persona es una señal de explotación y de trata de personas. Tu pasaporte es tuyo: nadie debe guardarlo.",
        "Keeping someone’s documents is a sign of exploitation and human trafficking. Your passport is yours: nobody should keep it.")),
    ("agencia", _t("¿La agencia no está inscrita en el registro de agencias privadas de empleo del MTPE, o no sabes si lo está?",
                   "Is the agency not in the MTPE register of private employment agencies, or do you not know?"),
     _t("La agencia no figura en el registro del MTPE", "The agency is not in the MTPE register"),
     _t("Las agencias privadas de empleo deben estar inscritas en el registro del Ministerio de Trabajo y Promoción del Empleo. Una agencia que no figura no responde ante nadie si algo sale mal.",
        "Private employment agencies must be listed in the register of the Ministry of Labour and Employment Promotion. An agency that is not listed answers to nobody if something goes wrong.")),
    ("sueldo", _t("¿Te prometen un sueldo muy alto sin pedirte experiencia?",
                  "Are you promised very high pay without being asked for experience?"),
     _t("Sueldo demasiado alto para el puesto", "Pay far too high for the job"),
     _t("Un sueldo muy por encima de lo normal, sin experiencia ni entrevista, es una forma habitual de atraer a las víctimas de estafas y de trata.",
        "Pay far above normal, with no experience or interview, is a common way of luring victims of fraud and trafficking.")),
    ("prisa", _t("¿Te presionan para decidir, pagar o viajar de inmediato?",
                 "Are you pressed to decide, pay or travel straight away?"),
     _t("Te meten prisa", "You are being rushed"),
     _t("La prisa impide que consultes y compruebes la oferta. Una oferta real te da tiempo para leer el contrato y hacer los trámites.",
        "Haste keeps you from asking around and checking the offer. A genuine offer gives you time to read the contract and do the paperwork.")),
    ("vivienda", _t("¿El trabajo incluye vivir en el mismo lugar donde trabajas, con «papeles incluidos»?",
                    "Does the job include living where you work, with “papers included”?"),
     _t("Vivienda en el lugar de trabajo y «papeles incluidos»", "Housing at the workplace and “papers included”"),
     _t("Las ofertas con «papeles incluidos» y los talleres o trabajos con vivienda en el mismo lugar son señales de explotación y trata.",
        "Offers with “papers included”, and workshops or jobs with housing on the premises, are signs of exploitation and trafficking.")),
]  # fmt: skip


@transaction.atomic
def load():
    if Step.objects.exists() or WarningSign.objects.exists():
        return "tools: steps present, nothing loaded"
    lines = {line.number: line for line in ActionLine.objects.all()}
    guides = {guide.country.code: guide for guide in CountryGuide.objects.all()}
    steps = 0
    for data in STEPS:
        data = dict(data)
        line = lines.get(data.pop("line"))
        guide_code = data.pop("guide", None)
        if line is None or (guide_code and guide_code not in guides):
            continue
        fields = {name: data.pop(name) for name in ("order", "if_offer", "if_family",
                  "if_regulated", "opens_days", "closes_days", "to_verify", "official_url")
                  if name in data}  # fmt: skip
        for name, texts in data.items():
            fields.update(translated(name, texts))
        Step.objects.create(line=line, guide=guides.get(guide_code), status=Status.PUBLISHED,
                            **fields)  # fmt: skip
        steps += 1
    for order, (key, question, sign, why) in enumerate(SIGNS, start=1):
        WarningSign.objects.create(
            key=key, order=order * 10, status=Status.PUBLISHED, to_verify=key == "agencia",
            **translated("question", question), **translated("sign", sign),
            **translated("why", why),
        )  # fmt: skip
    return f"tools: {steps} steps, {len(SIGNS)} warning signs"
