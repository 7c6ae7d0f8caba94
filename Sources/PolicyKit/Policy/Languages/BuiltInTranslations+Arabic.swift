extension BuiltInTranslations {
    /// The built-in client text in Arabic (Modern Standard Arabic), keyed by the English.
    /// Requests are verbal nouns ("احترام ...") rather than commands, so they address
    /// women and men alike; "client" is "المستفيد", as Arabic social services say it.
    static let arabic: [String: String] = [
        // What we ask of clients.
        "Treat staff, volunteers and other clients with respect.": "احترام الموظفين والمتطوعين والمستفيدين الآخرين.",
        "Speak calmly, even when you are upset or disagree with us.": "التحدث بهدوء، حتى عند الغضب أو الاختلاف معنا.",
        "Tell us when you are unhappy, so we can try to put it right.": "إخبارنا بما لا يرضيك، لنحاول إصلاحه.",
        "Come on time, or tell us if you cannot make it.": "الحضور في الموعد، أو إبلاغنا عند تعذّر الحضور.",
        "Respect the privacy of other people here.": "احترام خصوصية الآخرين هنا.",
        "Follow staff directions in an emergency.": "اتباع تعليمات الموظفين في حالات الطوارئ.",

        // What is not accepted, with examples.
        "Shouting and swearing at people": "الصراخ والشتم",
        "raising your voice to frighten or pressure someone": "رفع الصوت لإخافة شخص أو الضغط عليه",
        "swearing at, insulting or name-calling staff or other clients": "شتم الموظفين أو المستفيدين الآخرين أو إهانتهم أو مناداتهم بألقاب مسيئة",
        "racist, sexist, homophobic or other hateful remarks": "الكلام العنصري، أو المسيء بسبب الجنس أو الميول الجنسية، أو أي كلام يحض على الكراهية",
        "Threats": "التهديد",
        "saying you will hurt someone or their family": "القول إنك ستؤذي شخصًا أو عائلته",
        "threatening to damage property or to \"get\" a worker": "التهديد بتخريب الممتلكات أو بالانتقام من أحد الموظفين",
        "threats made in letters, texts, emails or voicemail": "التهديد في رسالة ورقية أو نصية أو بريد إلكتروني أو رسالة صوتية",
        "Intimidation": "الترهيب",
        "standing over someone or blocking a doorway": "الوقوف قريبًا جدًا من شخص لإخافته، أو سد الباب",
        "following a worker, or waiting for them outside the building": "ملاحقة أحد الموظفين، أو انتظاره خارج المبنى",
        "finding out where a worker lives or turning up near their home": "البحث عن مكان سكن أحد الموظفين، أو الحضور قرب بيته",
        "Physical contact or violence": "اللمس الجسدي أو العنف",
        "pushing, grabbing, hitting, kicking or spitting": "الدفع أو الإمساك أو الضرب أو الركل أو البصق",
        "throwing things at or near someone": "رمي الأشياء على شخص أو بالقرب منه",
        "touching anyone who has not agreed to it": "لمس أي شخص دون موافقته",
        "Damage to property": "تخريب الممتلكات",
        "breaking furniture, windows, phones or computers": "تكسير الأثاث أو النوافذ أو الهواتف أو الحواسيب",
        "damaging a worker's car or belongings": "إتلاف سيارة أحد الموظفين أو أغراضه",
        "Weapons": "الأسلحة",
        "bringing a weapon, or anything used as one, into our building or to a visit": "إحضار سلاح، أو أي شيء يُستخدم سلاحًا، إلى مبنانا أو إلى زيارة",
        "Harassment in person, by phone or online": "المضايقة وجهًا لوجه أو بالهاتف أو عبر الإنترنت",
        "calling or messaging again and again after being asked to stop": "الاتصال أو إرسال الرسائل مرارًا بعد طلب التوقف",
        "posting about a worker on social media": "النشر عن أحد الموظفين في وسائل التواصل الاجتماعي",
        "contacting a worker on their personal phone or accounts": "التواصل مع أحد الموظفين على هاتفه أو حساباته الشخصية",
        "Comments meant to isolate a worker": "كلام يهدف إلى عزل أحد الموظفين",
        "spreading negative remarks about a worker": "نشر كلام سلبي عن أحد الموظفين",
        "urging other people to ignore, avoid or turn against a worker": "حث الآخرين على تجاهل أحد الموظفين أو تجنبه أو معاداته",
        "Recording staff without consent": "تصوير الموظفين أو تسجيلهم دون إذنهم",
        "filming or photographing staff without asking them first": "تصوير الموظفين بالفيديو أو بالصور دون سؤالهم أولًا",
        "recording a conversation without telling the worker": "تسجيل محادثة دون إخبار الموظف",
        "sharing recordings or photos of staff online": "نشر تسجيلات أو صور للموظفين على الإنترنت",

        // Clients' rights.
        "To be treated with respect, whoever you are.": "أن تُعامَل باحترام، مهما كنت.",
        "To privacy: what you tell us stays private, unless the law says we must share it or someone is in danger.": "الخصوصية: ما تخبرنا به يبقى سرًّا، إلا إذا ألزمنا القانون بمشاركته أو كان أحد في خطر.",
        "To be listened to and taken seriously.": "أن نستمع إليك ونأخذ كلامك بجدية.",
        "To clear information about our services and our decisions.": "معلومات واضحة عن خدماتنا وقراراتنا.",
        "To bring a support person to your appointments.": "أن تُحضر شخصًا يساندك إلى مواعيدك.",
        "To complain, or ask for a review of a decision, without losing our service.": "أن تقدّم شكوى، أو تطلب مراجعة قرار، دون أن تخسر خدمتنا.",

        // Complaints.
        "Service Manager": "مدير الخدمة",
        "Tell any staff member, write to us, or ask to speak with a manager. We will write down your complaint and tell you what happens next.": "أخبر أي موظف، أو اكتب إلينا، أو اطلب التحدث مع أحد المديرين. سنكتب شكواك ونخبرك بما سيحدث بعد ذلك.",
        "within 10 working days": "خلال 10 أيام عمل",

        // The consequence ladder.
        "The director": "المدير العام",
        "A first incident such as shouting, swearing or rude remarks": "حادثة أولى مثل الصراخ أو الشتم أو الكلام الفظ",
        "A verbal reminder of this code and what needs to change": "تذكير شفهي بهذه المدونة وبما يجب أن يتغير",
        "The worker involved or the manager on duty": "الموظف المعني أو المدير المناوب",
        "It happens again after a reminder": "تكرار السلوك بعد التذكير",
        "A written warning that says what happened and what will happen next time": "إنذار مكتوب يذكر ما حدث وما سيحدث في المرة القادمة",
        "A manager": "أحد المديرين",
        "Kept on file for 6 months": "يُحفظ في الملف مدة 6 أشهر",
        "Further incidents after a written warning, or any threat": "حوادث أخرى بعد الإنذار المكتوب، أو أي تهديد",
        "Conditions on service, such as appointments by phone only, at set times, or with two staff present": "شروط على الخدمة، مثل المواعيد بالهاتف فقط، أو في أوقات محددة، أو بحضور موظفَين اثنين",
        "The service manager": "مدير الخدمة",
        "Up to 3 months": "حتى 3 أشهر",
        "Reviewed with the client before the period ends": "يُراجَع مع المستفيد قبل نهاية المدة",
        "Violence, a weapon, a serious threat, or conditions not kept": "العنف، أو سلاح، أو تهديد خطير، أو عدم الالتزام بالشروط",
        "Temporary suspension of in-person service; we keep helping by phone, by mail or through a partner agency where we can": "إيقاف مؤقت للخدمة الحضورية، ونستمر في المساعدة بالهاتف أو بالبريد أو عن طريق جهة شريكة متى أمكن",
        "Up to 6 months": "حتى 6 أشهر",
        "Reviewed before the suspension ends; the client is told in writing how to ask for a review": "يُراجَع قبل نهاية الإيقاف، ونُعلم المستفيد كتابيًا بطريقة طلب المراجعة",
        "You can ask for a review of any decision made under this code. Tell any staff member or contact the person named for complaints within 30 days. Someone who was not involved in the decision will look at it again and reply in writing.": "يمكنك طلب مراجعة أي قرار يُتخذ بموجب هذه المدونة. أخبر أي موظف أو تواصل مع المسؤول عن الشكاوى خلال 30 يومًا. سيعيد النظر في القرار شخص لم يشارك فيه، وسيرد عليك كتابيًا.",

        // Crisis lines: the number itself is printed beside the name.
        "9-8-8 Suicide Crisis Helpline": "خط المساعدة في أزمات الانتحار",
        "988 Suicide & Crisis Lifeline": "خط المساعدة في أزمات الانتحار والأزمات النفسية",
        "Lifeline": "لايفلاين، خط الدعم في الأزمات",
        "NHS 111": "خدمة الاستشارات الطبية العاجلة NHS 111",
    ]
}
