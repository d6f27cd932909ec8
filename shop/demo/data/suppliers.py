"""Demo suppliers (cooperatives and micro-entrepreneurs) and solidarity groupings of commerce."""

from datetime import date
from decimal import Decimal


def _names(ar: str, fr: str, zgh: str) -> dict[str, str]:
    return {"ar": ar, "fr": fr, "zgh": zgh}


SUPPLIERS = [
    {
        "slug": "tifaout-argan",
        "kind": "cooperative",
        "region": "souss-massa",
        "city": "Taroudant",
        "registration_number": "2011/45",
        "ice": "001234567000089",
        "members": 42,
        "women_members": 42,
        "founded": date(2011, 3, 14),
        "phone": "+212528000001",
        "email": "contact@tifaout.example",
        "names": _names(
            "تعاونية تيفاوت للأركان",
            "Coopérative Tifaout d'argan",
            "ⵜⴰⵎⵢⴰⵡⴰⵙⵜ ⵜⵉⴼⴰⵡⵜ ⵏ ⵡⴰⵔⴳⴰⵏ",
        ),
        "descriptions": _names(
            (
                "تعاونية نسائية تأسست سنة 2011 في إقليم تارودانت، وتضم 42 امرأة من الدواوير "
                "المجاورة. تستخرج العضوات زيت الأركان بالطريقة التقليدية، ويحضرن منه أملو "
                "ومستحضرات تجميل طبيعية. مكّنهن قرض صغير من الأمانة للقروض الصغرى من اقتناء "
                "معصرة حديثة وتحسين ظروف التخزين."
            ),
            (
                "Coopérative de femmes fondée en 2011 dans la province de Taroudant, Tifaout "
                "réunit 42 femmes des douars voisins. Elles extraient l'huile d'argan selon la "
                "méthode traditionnelle et en tirent de l'amlou et des cosmétiques naturels. Un "
                "microcrédit d'Al Amana Microfinance leur a permis d'acheter une presse moderne "
                "et d'améliorer le stockage."
            ),
            (
                "ⵜⴰⵎⵢⴰⵡⴰⵙⵜ ⵏ 42 ⵏ ⵜⵎⵖⴰⵔⵉⵏ ⴳ ⵜⴰⵔⵓⴷⴰⵏⵜ. ⵙⴽⴰⵔⵏⵜ ⵍⵣⵉⵜ ⵏ ⵡⴰⵔⴳⴰⵏ ⴷ ⵓⵎⵍⵓ. "
                "ⵙ ⵜⵡⵉⵙⵉ ⵏ ⵓⵔⵟⵟⴰⵍ ⴰⵎⵥⵥⵢⴰⵏ, ⵙⵖⴰⵏⵜ ⵉⵎⴰⵙⵙⵏ ⵉⵎⴰⵢⵏⵓⵜⵏ."
            ),
        ),
        "evidence": {
            "kind": "microcredit",
            "lender": "Al Amana Microfinance",
            "reference": "AMN-2023-00412",
            "granted_on": date(2023, 4, 11),
            "amount": Decimal("30000.00"),
        },
    },
    {
        "slug": "atlas-miel",
        "kind": "micro_entrepreneur",
        "region": "beni-mellal-khenifra",
        "city": "Azilal",
        "registration_number": "AE-778812",
        "ice": "",
        "members": 1,
        "women_members": 0,
        "founded": date(2019, 6, 1),
        "phone": "+212523000002",
        "email": "",
        "names": _names("عسل الأطلس", "Miel de l'Atlas", "ⵜⴰⵎⵎⴰⵏⵜ ⵏ ⴰⴷⵔⴰⵔ"),
        "descriptions": _names(
            (
                "مقاولة ذاتية يديرها النحال إبراهيم أيت أوشن في جبال أزيلال منذ سنة 2019. "
                "يربي النحل في خلايا تقليدية ويجني عسل الزعتر والسدر والخروب. ساعده قرض صغير "
                "من التوفيق للتمويل الأصغر على شراء خلايا جديدة وآلة لاستخلاص العسل."
            ),
            (
                "Micro-entreprise de Brahim Aït Ouchen, apiculteur dans les montagnes d'Azilal "
                "depuis 2019. Il élève ses abeilles en ruches traditionnelles et récolte des miels "
                "de thym, de jujubier et de caroubier. Un microcrédit d'Attawfiq Micro-Finance "
                "lui a permis d'acheter de nouvelles ruches et un extracteur."
            ),
            (
                "ⴱⵔⴰⵀⵉⵎ ⵉⵙⴽⴰⵔ ⵜⴰⵎⵎⴰⵏⵜ ⴳ ⵉⴷⵔⴰⵔⵏ ⵏ ⴰⵣⵉⵍⴰⵍ. "
                "ⵙ ⵜⵡⵉⵙⵉ ⵏ ⵓⵔⵟⵟⴰⵍ ⴰⵎⵥⵥⵢⴰⵏ, ⵉⵙⵖⴰ ⵉⵎⴰⵙⵙⵏ ⵉⵎⴰⵢⵏⵓⵜⵏ."
            ),
        ),
        "evidence": {
            "kind": "microcredit",
            "lender": "Attawfiq Micro-Finance",
            "reference": "ATW-2023-01875",
            "granted_on": date(2023, 3, 20),
            "amount": Decimal("15000.00"),
        },
    },
    {
        "slug": "zerbia-tazenakht",
        "kind": "cooperative",
        "region": "draa-tafilalet",
        "city": "Tazenakht",
        "registration_number": "2008/12",
        "ice": "002345678000071",
        "members": 25,
        "women_members": 25,
        "founded": date(2008, 9, 20),
        "phone": "+212524000003",
        "email": "",
        "names": _names(
            "تعاونية زربية تازناخت",
            "Coopérative des tapis de Tazenakht",
            "ⵜⴰⵎⵢⴰⵡⴰⵙⵜ ⵏ ⵜⵣⵔⴱⵉⵢⵉⵏ ⵏ ⵜⴰⵣⵏⴰⵅⵜ",
        ),
        "descriptions": _names(
            (
                "تعاونية نسائية تأسست سنة 2008 في تازناخت، عاصمة الزربية الأمازيغية، وتضم 25 "
                "نساجة. تنسج العضوات زرابي أوزكيتة من الصوف المصبوغ بالحناء والفوة وقشر الرمان. "
                "مكّن قرض صغير من الكرامة للقروض الصغرى التعاونية من شراء الصوف بالجملة وتجديد "
                "المناسج."
            ),
            (
                "Fondée en 2008 à Tazenakht, capitale du tapis amazigh, la coopérative réunit 25 "
                "tisserandes. Elles nouent et tissent des tapis ouzguita en laine teinte au henné, "
                "à la garance et à l'écorce de grenade. Un microcrédit d'Al Karama Micro-Crédit a "
                "financé l'achat de laine en gros et de nouveaux métiers à tisser."
            ),
            (
                "ⵜⴰⵎⵢⴰⵡⴰⵙⵜ ⵏ 25 ⵏ ⵜⵎⵖⴰⵔⵉⵏ ⴳ ⵜⴰⵣⵏⴰⵅⵜ. ⵙⴽⴰⵔⵏⵜ ⵜⵉⵣⵔⴰⴱⵉⵢⵉⵏ ⵙ ⵜⴹⵓⴼⵜ. "
                "ⵙ ⵜⵡⵉⵙⵉ ⵏ ⵓⵔⵟⵟⴰⵍ ⴰⵎⵥⵥⵢⴰⵏ, ⵙⵖⴰⵏⵜ ⵜⴰⴹⵓⴼⵜ ⴷ ⵉⵎⴰⵙⵙⵏ."
            ),
        ),
        "evidence": {
            "kind": "microcredit",
            "lender": "Al Karama Micro-Crédit",
            "reference": "AKR-2023-01187",
            "granted_on": date(2023, 9, 5),
            "amount": Decimal("40000.00"),
        },
    },
    {
        "slug": "taliouine-safran",
        "kind": "cooperative",
        "region": "souss-massa",
        "city": "Taliouine",
        "registration_number": "2014/87",
        "ice": "003456789000052",
        "members": 30,
        "women_members": 18,
        "founded": date(2014, 10, 2),
        "phone": "+212528000004",
        "email": "taliouine-safran@example.ma",
        "names": _names(
            "تعاونية تالوين للزعفران",
            "Coopérative du safran de Taliouine",
            "ⵜⴰⵎⵢⴰⵡⴰⵙⵜ ⵏ ⵣⵄⴼⵔⴰⵏ ⵏ ⵜⴰⵍⵉⵡⵉⵏ",
        ),
        "descriptions": _names(
            (
                "تعاونية مختلطة في تالوين تضم 30 عضوا، منهم 18 امرأة، تزرع الزعفران على سفوح "
                "جبل سيروا. يقطف الأعضاء الأزهار فجرا، وتنزع النساء المياسم يدويا قبل تجفيفها "
                "ببطء، كما تعد التعاونية خلطات من التوابل. حصلت التعاونية على قرض شرف بدون "
                "فائدة من مبادرة سوس ماسة لبناء غرفة للتجفيف والتعبئة."
            ),
            (
                "Coopérative mixte de Taliouine, 30 membres dont 18 femmes, qui cultive le safran "
                "sur les pentes du Siroua. Les fleurs sont cueillies à l'aube et les femmes en "
                "retirent les stigmates à la main avant un séchage lent ; la coopérative prépare "
                "aussi des mélanges d'épices. Un prêt d'honneur d'Initiative Souss-Massa a "
                "financé une salle de séchage et de conditionnement."
            ),
            (
                "ⵜⴰⵎⵢⴰⵡⴰⵙⵜ ⵏ 30 ⵏ ⵢⵉⵡⴷⴰⵏ ⴳ ⵜⴰⵍⵉⵡⵉⵏ, 18 ⴳⵉⴳⵙⵏ ⴷ ⵜⵉⵎⵖⴰⵔⵉⵏ. "
                "ⴽⴽⵔⵣⵏ ⵣⵄⴼⵔⴰⵏ, ⵙⴽⴰⵔⵏ ⵉⴱⵣⴰⵔ. "
                "ⵙ ⵜⵡⵉⵙⵉ ⵏ ⵓⵔⵟⵟⴰⵍ ⴱⵍⴰ ⵜⴰⴼⴰⵢⴷⵉⵜ, ⵙⵖⴰⵏ ⵉⵎⴰⵙⵙⵏ ⵉⵎⴰⵢⵏⵓⵜⵏ."
            ),
        ),
        "evidence": {
            "kind": "honour_loan",
            "lender": "Initiative Souss-Massa",
            "reference": "ISM-2022-0318",
            "granted_on": date(2022, 10, 17),
            "amount": Decimal("80000.00"),
        },
    },
    {
        "slug": "nour-couscous",
        "kind": "cooperative",
        "region": "casablanca-settat",
        "city": "Settat",
        "registration_number": "2016/203",
        "ice": "004567891000036",
        "members": 18,
        "women_members": 18,
        "founded": date(2016, 5, 9),
        "phone": "+212523000005",
        "email": "nour-couscous@example.ma",
        "names": _names(
            "تعاونية نور للكسكس",
            "Coopérative Nour du couscous",
            "ⵜⴰⵎⵢⴰⵡⴰⵙⵜ ⵏⵓⵔ ⵏ ⵙⴽⵙⵓ",
        ),
        "descriptions": _names(
            (
                "تعاونية نسائية تأسست سنة 2016 في سطات، بقلب منطقة الشاوية، وتضم 18 امرأة. "
                "تفتل العضوات الكسكس يدويا من القمح الصلب والشعير والذرة، ويحضرن خلطات توابل "
                "للطاجين. مكّنهن قرض صغير من الأمانة للقروض الصغرى من اقتناء مجفف شمسي وآلة "
                "للتعبئة."
            ),
            (
                "Coopérative de femmes fondée en 2016 à Settat, au cœur de la Chaouia, qui réunit "
                "18 femmes. Elles roulent à la main le couscous de blé dur, d'orge et de maïs et "
                "préparent des mélanges d'épices pour tajine. Un microcrédit d'Al Amana "
                "Microfinance a payé un séchoir solaire et une ensacheuse."
            ),
            (
                "ⵜⴰⵎⵢⴰⵡⴰⵙⵜ ⵏ 18 ⵏ ⵜⵎⵖⴰⵔⵉⵏ ⴳ ⵙⵟⵟⴰⵜ. ⵙⴽⴰⵔⵏⵜ ⵙⴽⵙⵓ ⵙ ⵓⴼⵓⵙ ⴷ ⵉⴱⵣⴰⵔ. "
                "ⵙ ⵜⵡⵉⵙⵉ ⵏ ⵓⵔⵟⵟⴰⵍ ⴰⵎⵥⵥⵢⴰⵏ, ⵙⵖⴰⵏⵜ ⵉⵎⴰⵙⵙⵏ ⵉⵎⴰⵢⵏⵓⵜⵏ."
            ),
        ),
        "evidence": {
            "kind": "microcredit",
            "lender": "Al Amana Microfinance",
            "reference": "AMN-2024-01957",
            "granted_on": date(2024, 2, 8),
            "amount": Decimal("25000.00"),
        },
    },
    {
        "slug": "safi-poterie",
        "kind": "micro_entrepreneur",
        "region": "marrakech-safi",
        "city": "Safi",
        "registration_number": "AE-552190",
        "ice": "",
        "members": 1,
        "women_members": 0,
        "founded": date(2020, 2, 12),
        "phone": "+212661000006",
        "email": "",
        "names": _names("فخار آسفي", "Poterie de Safi", "ⵜⴰⵢⵢⵓⵔⵜ ⵏ ⴰⵙⴼⵉ"),
        "descriptions": _names(
            (
                "مقاولة ذاتية يديرها الخزاف عبد الله بلعيد في تل الخزافين بآسفي منذ سنة 2020. "
                "يشكّل الأواني على الدولاب ويزينها بالأزرق والأخضر على الطريقة الآسفية، من "
                "أطباق وطواجن وجرار. ساعده قرض صغير من الأمانة للقروض الصغرى على بناء فرن يعمل "
                "بالغاز بدل الحطب."
            ),
            (
                "Micro-entreprise d'Abdellah Belaïd, potier sur la colline des potiers de Safi "
                "depuis 2020. Il tourne plats, tajines et jarres, puis les décore de bleu et de "
                "vert à la manière de Safi. Un microcrédit d'Al Amana Microfinance lui a permis "
                "de construire un four au gaz à la place du four à bois."
            ),
            ("ⵄⴱⴷⵍⵍⴰⵀ ⵉⵙⴽⴰⵔ ⵜⴰⵢⵢⵓⵔⵜ ⴳ ⴰⵙⴼⵉ. ⵙ ⵜⵡⵉⵙⵉ ⵏ ⵓⵔⵟⵟⴰⵍ ⴰⵎⵥⵥⵢⴰⵏ, ⵉⵙⵖⴰ ⵉⵎⴰⵙⵙⵏ ⵉⵎⴰⵢⵏⵓⵜⵏ."),
        ),
        "evidence": {
            "kind": "microcredit",
            "lender": "Al Amana Microfinance",
            "reference": "AMN-2022-03311",
            "granted_on": date(2022, 7, 15),
            "amount": Decimal("12000.00"),
        },
    },
    {
        "slug": "oasis-erfoud-dattes",
        "kind": "cooperative",
        "region": "draa-tafilalet",
        "city": "Erfoud",
        "registration_number": "2013/61",
        "ice": "005678912000014",
        "members": 36,
        "women_members": 14,
        "founded": date(2013, 1, 22),
        "phone": "+212535000007",
        "email": "oasis-erfoud@example.ma",
        "names": _names(
            "تعاونية واحة أرفود للتمور",
            "Coopérative des dattes de l'oasis d'Erfoud",
            "ⵜⴰⵎⵢⴰⵡⴰⵙⵜ ⵏ ⵜⵢⵏⵉ ⵏ ⴰⵔⴼⵓⴷ",
        ),
        "descriptions": _names(
            (
                "تعاونية مختلطة في أرفود تضم 36 عضوا، منهم 14 امرأة، من فلاحي واحات تافيلالت. "
                "تجني التعاونية تمور المجهول وبوفقوس والجيهل وتفرزها وتعبئها، وتحضر منها معجون "
                "التمر. حصلت على قرض صغير من الكرامة للقروض الصغرى لاقتناء غرفة تبريد تحفظ "
                "جودة التمور طوال السنة."
            ),
            (
                "Coopérative mixte d'Erfoud, 36 membres dont 14 femmes, tous issus des palmeraies "
                "du Tafilalet. Elle récolte, trie et conditionne des dattes mejhoul, boufeggous "
                "et jihel, et en fait une pâte de dattes. Un microcrédit d'Al Karama Micro-Crédit "
                "a financé une chambre froide qui garde les dattes fraîches toute l'année."
            ),
            (
                "ⵜⴰⵎⵢⴰⵡⴰⵙⵜ ⵏ 36 ⵏ ⵢⵉⵡⴷⴰⵏ ⴳ ⴰⵔⴼⵓⴷ, 14 ⴳⵉⴳⵙⵏ ⴷ ⵜⵉⵎⵖⴰⵔⵉⵏ. "
                "ⵣⵣⵏⵣⵏ ⵜⵉⵢⵏⵉ ⵏ ⵜⴰⴼⵉⵍⴰⵍⵜ. "
                "ⵙ ⵜⵡⵉⵙⵉ ⵏ ⵓⵔⵟⵟⴰⵍ ⴰⵎⵥⵥⵢⴰⵏ, ⵙⵖⴰⵏ ⵉⵎⴰⵙⵙⵏ ⵉⵎⴰⵢⵏⵓⵜⵏ."
            ),
        ),
        "evidence": {
            "kind": "microcredit",
            "lender": "Al Karama Micro-Crédit",
            "reference": "AKR-2024-00529",
            "granted_on": date(2024, 6, 12),
            "amount": Decimal("45000.00"),
        },
    },
    {
        "slug": "zitoun-ouazzane",
        "kind": "cooperative",
        "region": "tanger-tetouan-al-hoceima",
        "city": "Ouazzane",
        "registration_number": "2012/34",
        "ice": "006789123000098",
        "members": 22,
        "women_members": 7,
        "founded": date(2012, 11, 5),
        "phone": "+212537000008",
        "email": "zitoun-ouazzane@example.ma",
        "names": _names(
            "تعاونية زيتون وزان",
            "Coopérative Zitoun d'Ouazzane",
            "ⵜⴰⵎⵢⴰⵡⴰⵙⵜ ⵏ ⵜⵣⵓⵎⵜ ⵏ ⵡⴰⵣⵣⴰⵏ",
        ),
        "descriptions": _names(
            (
                "تعاونية مختلطة في وزان تضم 22 عضوا، منهم 7 نساء، يملكون بساتين زيتون صغيرة "
                "في مقدمة جبال الريف. يعصر الأعضاء الزيتون على البارد في الساعات التي تلي "
                "القطف للحصول على زيت بكر ممتاز. مكّنهم قرض صغير من التوفيق للتمويل الأصغر من "
                "تجديد المعصرة واقتناء خزانات من الفولاذ المقاوم للصدأ."
            ),
            (
                "Coopérative mixte d'Ouazzane, 22 membres dont 7 femmes, propriétaires de petits "
                "vergers d'oliviers au pied du Rif. Les olives sont pressées à froid dans les "
                "heures qui suivent la cueillette pour donner une huile vierge extra. Un "
                "microcrédit d'Attawfiq Micro-Finance a rénové le moulin et payé des cuves en "
                "inox."
            ),
            (
                "ⵜⴰⵎⵢⴰⵡⴰⵙⵜ ⵏ 22 ⵏ ⵢⵉⵡⴷⴰⵏ ⴳ ⵡⴰⵣⵣⴰⵏ, 7 ⴳⵉⴳⵙⵏ ⴷ ⵜⵉⵎⵖⴰⵔⵉⵏ. "
                "ⵙⴽⴰⵔⵏ ⵍⵣⵉⵜ ⵏ ⵜⵣⵓⵎⵜ. "
                "ⵙ ⵜⵡⵉⵙⵉ ⵏ ⵓⵔⵟⵟⴰⵍ ⴰⵎⵥⵥⵢⴰⵏ, ⵙⵖⴰⵏ ⵉⵎⴰⵙⵙⵏ ⵉⵎⴰⵢⵏⵓⵜⵏ."
            ),
        ),
        "evidence": {
            "kind": "microcredit",
            "lender": "Attawfiq Micro-Finance",
            "reference": "ATW-2022-01542",
            "granted_on": date(2022, 10, 3),
            "amount": Decimal("50000.00"),
        },
    },
    {
        "slug": "berkane-aromatiques",
        "kind": "cooperative",
        "region": "oriental",
        "city": "Berkane",
        "registration_number": "2017/118",
        "ice": "007891234000067",
        "members": 16,
        "women_members": 16,
        "founded": date(2017, 4, 18),
        "phone": "+212536000009",
        "email": "berkane-aromatiques@example.ma",
        "names": _names(
            "تعاونية بركان للنباتات العطرية",
            "Coopérative des plantes aromatiques de Berkane",
            "ⵜⴰⵎⵢⴰⵡⴰⵙⵜ ⵏ ⵉⴱⵣⴰⵔ ⵏ ⴱⵔⴽⴰⵏ",
        ),
        "descriptions": _names(
            (
                "تعاونية نسائية في بركان تضم 16 امرأة، تجمع الأعشاب العطرية من سهل تريفة وجبال "
                "بني يزناسن. تجفف العضوات الزعتر واللويزة والنعناع، ويقطّرن ماء الورد وماء "
                "الزهر. حصلت التعاونية على قرض شرف بدون فائدة من مبادرة الشرق لاقتناء جهاز "
                "تقطير من النحاس."
            ),
            (
                "Coopérative de femmes de Berkane, 16 membres, qui cueille les plantes "
                "aromatiques de la plaine des Triffa et des monts des Beni-Snassen. Elles sèchent "
                "thym, verveine et menthe, et distillent l'eau de rose et l'eau de fleur "
                "d'oranger. Un prêt d'honneur d'Initiative Oriental a financé un alambic en "
                "cuivre."
            ),
            (
                "ⵜⴰⵎⵢⴰⵡⴰⵙⵜ ⵏ 16 ⵏ ⵜⵎⵖⴰⵔⵉⵏ ⴳ ⴱⵔⴽⴰⵏ. "
                "ⵙⴽⴰⵔⵏⵜ ⴰⵣⵓⴽⵏⵉ, ⵍⵡⵉⵣⴰ ⴷ ⵡⴰⵎⴰⵏ ⵏ ⵍⵡⴰⵔⴷ. "
                "ⵙ ⵜⵡⵉⵙⵉ ⵏ ⵓⵔⵟⵟⴰⵍ ⴱⵍⴰ ⵜⴰⴼⴰⵢⴷⵉⵜ, ⵙⵖⴰⵏⵜ ⵉⵎⴰⵙⵙⵏ ⵉⵎⴰⵢⵏⵓⵜⵏ."
            ),
        ),
        "evidence": {
            "kind": "honour_loan",
            "lender": "Initiative Oriental",
            "reference": "IOR-2023-0142",
            "granted_on": date(2023, 5, 22),
            "amount": Decimal("60000.00"),
        },
    },
    {
        "slug": "fes-cuir",
        "kind": "micro_entrepreneur",
        "region": "fes-meknes",
        "city": "Fès",
        "registration_number": "AE-604327",
        "ice": "",
        "members": 1,
        "women_members": 0,
        "founded": date(2021, 3, 1),
        "phone": "+212661000010",
        "email": "fes-cuir@example.ma",
        "names": _names("جلد فاس", "Cuir de Fès", "ⴰⵍⵎ ⵏ ⴼⴰⵙ"),
        "descriptions": _names(
            (
                "مقاولة ذاتية للحرفي إدريس بناني، صانع الجلد في المدينة العتيقة بفاس منذ سنة "
                "2021. يخيط البلاغي والوسائد الجلدية والحقائب من جلود مدبوغة بطريقة طبيعية في "
                "دار الدباغة شوارة. حصل على قرض صغير من الأمانة للقروض الصغرى لشراء آلة خياطة "
                "للجلد ومخزون من الجلود."
            ),
            (
                "Micro-entreprise de Driss Bennani, maroquinier installé dans la médina de Fès "
                "depuis 2021. Il coud babouches, poufs et sacs dans des peaux tannées "
                "naturellement à la tannerie Chouara. Un microcrédit d'Al Amana Microfinance lui "
                "a permis d'acheter une machine à coudre le cuir et un stock de peaux."
            ),
            (
                "ⴷⵔⵉⵙ ⵉⵙⴽⴰⵔ ⵉⴷⵓⴽⴽⴰⵏ ⴷ ⵜⵖⴰⵡⵙⵉⵡⵉⵏ ⵏ ⵓⵍⵎ ⴳ ⴼⴰⵙ. "
                "ⵙ ⵜⵡⵉⵙⵉ ⵏ ⵓⵔⵟⵟⴰⵍ ⴰⵎⵥⵥⵢⴰⵏ, ⵉⵙⵖⴰ ⵉⵎⴰⵙⵙⵏ ⵉⵎⴰⵢⵏⵓⵜⵏ."
            ),
        ),
        "evidence": {
            "kind": "microcredit",
            "lender": "Al Amana Microfinance",
            "reference": "AMN-2023-02764",
            "granted_on": date(2023, 6, 14),
            "amount": Decimal("20000.00"),
        },
    },
    {
        "slug": "sale-vannerie",
        "kind": "micro_entrepreneur",
        "region": "rabat-sale-kenitra",
        "city": "Salé",
        "registration_number": "AE-719054",
        "ice": "",
        "members": 1,
        "women_members": 1,
        "founded": date(2020, 9, 15),
        "phone": "+212662000011",
        "email": "",
        "names": _names("سلال سلا", "Vannerie de Salé", "ⵜⵉⵙⵍⵉⵍⵉⵏ ⵏ ⵙⵍⴰ"),
        "descriptions": _names(
            (
                "مقاولة ذاتية للحرفية خديجة العلوي في سلا منذ سنة 2020، تصنع السلال والقفف "
                "والأطباق من الدوم والقصب، وهي حرفة تعلمتها من والدتها. ساعدها قرض صغير من "
                "التوفيق للتمويل الأصغر على شراء الدوم بالجملة والمشاركة في معارض الاقتصاد "
                "الاجتماعي والتضامني."
            ),
            (
                "Micro-entreprise de Khadija Alaoui, vannière à Salé depuis 2020. Elle tresse "
                "paniers, couffins et plateaux en doum et en roseau, un savoir-faire appris de sa "
                "mère. Un microcrédit d'Attawfiq Micro-Finance l'a aidée à acheter le doum en "
                "gros et à exposer dans les foires de l'économie sociale et solidaire."
            ),
            ("ⵅⴰⴷⵉⵊⴰ ⵜⵙⴽⴰⵔ ⵜⵉⵙⵍⵉⵍⵉⵏ ⴳ ⵙⵍⴰ. ⵙ ⵜⵡⵉⵙⵉ ⵏ ⵓⵔⵟⵟⴰⵍ ⴰⵎⵥⵥⵢⴰⵏ, ⵜⵙⵖⴰ ⵉⵎⴰⵙⵙⵏ ⵉⵎⴰⵢⵏⵓⵜⵏ."),
        ),
        "evidence": {
            "kind": "microcredit",
            "lender": "Attawfiq Micro-Finance",
            "reference": "ATW-2024-00233",
            "granted_on": date(2024, 2, 5),
            "amount": Decimal("8000.00"),
        },
    },
    {
        "slug": "guelmim-saveurs",
        "kind": "cooperative",
        "region": "guelmim-oued-noun",
        "city": "Guelmim",
        "registration_number": "2018/29",
        "ice": "008912345000041",
        "members": 20,
        "women_members": 20,
        "founded": date(2018, 12, 3),
        "phone": "+212528000012",
        "email": "guelmim-saveurs@example.ma",
        "names": _names(
            "تعاونية نكهات كلميم",
            "Coopérative Saveurs de Guelmim",
            "ⵜⴰⵎⵢⴰⵡⴰⵙⵜ ⵏ ⴳⵍⵎⵉⵎ",
        ),
        "descriptions": _names(
            (
                "تعاونية نسائية في كلميم، باب الصحراء، تضم 20 امرأة. تستخرج العضوات زيت بذور "
                "الصبار بالعصر على البارد، ويحضرن مسحوق الحناء، ويجنين عسل الصبار والدغموس من "
                "المناحل المجاورة. مكّنهن قرض صغير من الأمانة للقروض الصغرى من اقتناء معصرة "
                "صغيرة لبذور الصبار."
            ),
            (
                "Coopérative de femmes de Guelmim, porte du Sahara, qui réunit 20 femmes. Elles "
                "pressent à froid l'huile de pépins de figue de Barbarie, préparent le henné en "
                "poudre et récoltent le miel de cactus et d'euphorbe. Un microcrédit d'Al Amana "
                "Microfinance leur a permis d'acheter une petite presse pour les pépins."
            ),
            (
                "ⵜⴰⵎⵢⴰⵡⴰⵙⵜ ⵏ 20 ⵏ ⵜⵎⵖⴰⵔⵉⵏ ⴳ ⴳⵍⵎⵉⵎ. "
                "ⵙⴽⴰⵔⵏⵜ ⵍⵣⵉⵜ ⵏ ⵜⵀⵏⴷⵉⵜ, ⵍⵃⵏⵏⵉ ⴷ ⵜⵎⵎⴰⵏⵜ. "
                "ⵙ ⵜⵡⵉⵙⵉ ⵏ ⵓⵔⵟⵟⴰⵍ ⴰⵎⵥⵥⵢⴰⵏ, ⵙⵖⴰⵏⵜ ⵉⵎⴰⵙⵙⵏ ⵉⵎⴰⵢⵏⵓⵜⵏ."
            ),
        ),
        "evidence": {
            "kind": "microcredit",
            "lender": "Al Amana Microfinance",
            "reference": "AMN-2024-00871",
            "granted_on": date(2024, 1, 29),
            "amount": Decimal("35000.00"),
        },
    },
    {
        "slug": "laayoune-artisanat",
        "kind": "cooperative",
        "region": "laayoune-sakia-el-hamra",
        "city": "Laâyoune",
        "registration_number": "2015/07",
        "ice": "009123456000025",
        "members": 14,
        "women_members": 9,
        "founded": date(2015, 6, 25),
        "phone": "+212528000013",
        "email": "",
        "names": _names(
            "تعاونية العيون للصناعة التقليدية",
            "Coopérative d'artisanat de Laâyoune",
            "ⵜⴰⵎⵢⴰⵡⴰⵙⵜ ⵏ ⵜⵡⵓⵔⵉ ⵏ ⵓⴼⵓⵙ ⴳ ⵍⵄⵢⵓⵏ",
        ),
        "descriptions": _names(
            (
                "تعاونية مختلطة في العيون تضم 14 عضوا، منهم 9 نساء، تحافظ على الصناعة الجلدية "
                "الحسانية. يطرز الأعضاء الجلد ويلونونه ليصنعوا منه الحقائب والوسائد والمحافظ، "
                "كما ينسجون الحصائر والأطباق من سعف النخيل. حصلت التعاونية على قرض شرف بدون "
                "فائدة من شبكة Réseau Entreprendre Maroc لتجهيز ورشتها المشتركة."
            ),
            (
                "Coopérative mixte de Laâyoune, 14 membres dont 9 femmes, qui fait vivre le "
                "travail du cuir sahraoui. Les membres brodent et teignent le cuir pour en faire "
                "sacs, coussins et pochettes, et tressent nattes et plateaux en palmes. Un prêt "
                "d'honneur de Réseau Entreprendre Maroc a équipé leur atelier commun."
            ),
            (
                "ⵜⴰⵎⵢⴰⵡⴰⵙⵜ ⵏ 14 ⵏ ⵢⵉⵡⴷⴰⵏ ⴳ ⵍⵄⵢⵓⵏ, 9 ⴳⵉⴳⵙⵏ ⴷ ⵜⵉⵎⵖⴰⵔⵉⵏ. "
                "ⵙⴽⴰⵔⵏ ⵜⵉⵖⴰⵡⵙⵉⵡⵉⵏ ⵏ ⵓⵍⵎ ⴷ ⵜⵉⵙⵍⵉⵍⵉⵏ. "
                "ⵙ ⵜⵡⵉⵙⵉ ⵏ ⵓⵔⵟⵟⴰⵍ ⴱⵍⴰ ⵜⴰⴼⴰⵢⴷⵉⵜ, ⵙⵖⴰⵏ ⵉⵎⴰⵙⵙⵏ ⵉⵎⴰⵢⵏⵓⵜⵏ."
            ),
        ),
        "evidence": {
            "kind": "honour_loan",
            "lender": "Réseau Entreprendre Maroc",
            "reference": "REM-2023-0056",
            "granted_on": date(2023, 11, 14),
            "amount": Decimal("100000.00"),
        },
    },
    {
        "slug": "chefchaouen-tissage",
        "kind": "cooperative",
        "region": "tanger-tetouan-al-hoceima",
        "city": "Chefchaouen",
        "registration_number": "2010/19",
        "ice": "001357924000063",
        "members": 28,
        "women_members": 28,
        "founded": date(2010, 7, 7),
        "phone": "+212539000014",
        "email": "chefchaouen-tissage@example.ma",
        "names": _names(
            "تعاونية شفشاون للنسيج",
            "Coopérative de tissage de Chefchaouen",
            "ⵜⴰⵎⵢⴰⵡⴰⵙⵜ ⵏ ⵓⵥⵟⵟⴰ ⵏ ⵛⴼⵛⴰⵡⵏ",
        ),
        "descriptions": _names(
            (
                "تعاونية نسائية في شفشاون تأسست سنة 2010 وتضم 28 امرأة من قرى جبالة. تنسج "
                "العضوات على المناسج الخشبية أغطية وزرابي صوفية مخططة بالأحمر والأبيض، ويصنعن "
                "القبعات والسلال من الدوم. حصلت التعاونية على قرض شرف بدون فائدة من مبادرة طنجة "
                "لتجديد المناسج وفتح متجر صغير في المدينة العتيقة."
            ),
            (
                "Coopérative de femmes de Chefchaouen fondée en 2010, qui réunit 28 femmes des "
                "villages jbala. Sur des métiers en bois, elles tissent couvertures et tapis de "
                "laine rayés de rouge et de blanc, et tressent chapeaux et paniers en doum. Un "
                "prêt d'honneur d'Initiative Tanger a renouvelé les métiers et ouvert une petite "
                "boutique dans la médina."
            ),
            (
                "ⵜⴰⵎⵢⴰⵡⴰⵙⵜ ⵏ 28 ⵏ ⵜⵎⵖⴰⵔⵉⵏ ⴳ ⵛⴼⵛⴰⵡⵏ. "
                "ⵙⴽⴰⵔⵏⵜ ⵜⵉⵣⵔⴰⴱⵉⵢⵉⵏ ⵙ ⵜⴹⵓⴼⵜ ⴷ ⵜⵉⵙⵍⵉⵍⵉⵏ. "
                "ⵙ ⵜⵡⵉⵙⵉ ⵏ ⵓⵔⵟⵟⴰⵍ ⴱⵍⴰ ⵜⴰⴼⴰⵢⴷⵉⵜ, ⵙⵖⴰⵏⵜ ⵉⵎⴰⵙⵙⵏ ⵉⵎⴰⵢⵏⵓⵜⵏ."
            ),
        ),
        "evidence": {
            "kind": "honour_loan",
            "lender": "Initiative Tanger",
            "reference": "ITG-2022-0211",
            "granted_on": date(2022, 9, 19),
            "amount": Decimal("70000.00"),
        },
    },
]

_RULES = [
    ("verified_attestation", None),
    ("min_producer_share", Decimal("0.70")),
    ("max_commission", Decimal("0.15")),
    ("max_payment_days", Decimal("30")),
]

GROUPINGS = [
    {
        "slug": "souss-solidaire",
        "region": "souss-massa",
        "commission_rate": Decimal("0.1000"),
        "funders": (
            "Al Amana Microfinance; Initiative Souss-Massa; Conseil régional de Souss-Massa"
        ),
        "names": _names(
            "التجمع التضامني للتجارة بسوس",
            "Groupement Souss solidaire",
            "ⴰⴳⵔⴰⵡ ⴰⵎⵢⴰⵡⴰⵙ ⵏ ⵙⵓⵙ",
        ),
        "charters": _names(
            (
                "نؤدي ثمنا عادلا نحدده مع المنتجات والمنتجين قبل كل موسم. يحصل المنتج على 70% "
                "على الأقل من سعر البيع للمستهلك، ويتوصل بمستحقاته داخل أجل 30 يوما من التسليم. "
                "حسابات التجمع، بما فيها العمولة، مفتوحة لجميع الأعضاء."
            ),
            (
                "Nous payons un prix juste, fixé avec les productrices et les producteurs avant "
                "chaque saison. Le producteur reçoit au moins 70 % du prix de vente au détail et "
                "il est payé dans les 30 jours qui suivent la livraison. Les comptes du "
                "groupement, commission comprise, sont ouverts à tous les membres."
            ),
            (
                "ⴰⵜⵉⴳ ⵉⵖⵓⴷⴰⵏ ⵉ ⵉⵎⴼⴰⵔⵙⵏ. ⴰⵎⴼⴰⵔⵙ ⵉⵜⵜⴰⵎⵥ 70% ⵏ ⵡⴰⵜⵉⴳ ⵏⵖ ⵓⴳⴳⴰⵔ. "
                "ⵉⵜⵜⴰⵎⵥ ⵉⴷⵔⵉⵎⵏ ⵏⵏⵙ ⴷⴰⵜ 30 ⵏ ⵡⵓⵙⵙⴰⵏ."
            ),
        ),
        "members": ["tifaout-argan", "taliouine-safran", "guelmim-saveurs"],
        "rules": list(_RULES),
    },
    {
        "slug": "atlas-draa-solidaire",
        "region": "draa-tafilalet",
        "commission_rate": Decimal("0.0800"),
        "funders": (
            "Al Karama Micro-Crédit; Attawfiq Micro-Finance; Conseil régional de Drâa-Tafilalet"
        ),
        "names": _names(
            "التجمع التضامني للتجارة بالأطلس ودرعة",
            "Groupement Atlas-Drâa solidaire",
            "ⴰⴳⵔⴰⵡ ⴰⵎⵢⴰⵡⴰⵙ ⵏ ⵓⵟⵍⴰⵙ ⴷ ⴷⵔⴰ",
        ),
        "charters": _names(
            (
                "يربط التجمع واحات درعة وتافيلالت بجبال الأطلس عبر تجارة عادلة وشفافة. يحصل كل "
                "منتج على 70% على الأقل من سعر البيع بالتقسيط، وتؤدى قيمة كل تسليم داخل أجل 30 "
                "يوما. تُنشر العمولة البالغة 8% وأوجه صرفها كل ثلاثة أشهر."
            ),
            (
                "Le groupement relie les oasis du Drâa et du Tafilalet aux montagnes de l'Atlas "
                "par un commerce équitable et transparent. Chaque producteur reçoit au moins 70 % "
                "du prix de détail, et chaque livraison est payée sous 30 jours. La commission de "
                "8 % et son usage sont publiés chaque trimestre."
            ),
            (
                "ⴰⵎⴼⴰⵔⵙ ⵉⵜⵜⴰⵎⵥ 70% ⵏ ⵡⴰⵜⵉⴳ ⵏⵖ ⵓⴳⴳⴰⵔ. ⴰⵅⵍⵍⵚ ⴷⴰⵜ 30 ⵏ ⵡⵓⵙⵙⴰⵏ. "
                "ⴰⵜⵉⴳ ⵉⵖⵓⴷⴰⵏ ⵉ ⵉⵎⴼⴰⵔⵙⵏ ⵏ ⵓⵟⵍⴰⵙ ⴷ ⴷⵔⴰ."
            ),
        ),
        "members": ["atlas-miel", "zerbia-tazenakht", "oasis-erfoud-dattes"],
        "rules": list(_RULES),
    },
    {
        "slug": "nord-solidaire",
        "region": "tanger-tetouan-al-hoceima",
        "commission_rate": Decimal("0.1200"),
        "funders": (
            "Attawfiq Micro-Finance; Initiative Tanger; "
            "Conseil régional de Tanger-Tétouan-Al Hoceïma"
        ),
        "names": _names(
            "التجمع التضامني للتجارة بالشمال",
            "Groupement Nord solidaire",
            "ⴰⴳⵔⴰⵡ ⴰⵎⵢⴰⵡⴰⵙ ⵏ ⵓⴳⴰⴼⴰ",
        ),
        "charters": _names(
            (
                "يلتزم أعضاء تجمع الشمال بثمن عادل يكافئ وقت عمل الحرفيات والحرفيين. يعود 70% "
                "على الأقل من سعر البيع بالتقسيط إلى المنتج، ويؤدى له في أجل أقصاه 30 يوما بعد "
                "التسليم. تُعرض الأسعار والهوامش والعمولة البالغة 12% بكل شفافية."
            ),
            (
                "Les membres du Nord s'engagent sur un prix juste qui rémunère le temps de travail "
                "des artisanes et des artisans. Au moins 70 % du prix de détail revient au "
                "producteur, payé au plus tard 30 jours après la livraison. Les prix, les marges "
                "et la commission de 12 % sont affichés en toute transparence."
            ),
            (
                "ⴰⵜⵉⴳ ⵉⵖⵓⴷⴰⵏ ⵉ ⵉⵎⴼⴰⵔⵙⵏ ⵏ ⵓⴳⴰⴼⴰ. ⴰⵎⴼⴰⵔⵙ ⵉⵜⵜⴰⵎⵥ 70% ⵏ ⵡⴰⵜⵉⴳ ⵏⵖ ⵓⴳⴳⴰⵔ, "
                "ⵉⵜⵜⴰⵎⵥ ⵉⴷⵔⵉⵎⵏ ⵏⵏⵙ ⴷⴰⵜ 30 ⵏ ⵡⵓⵙⵙⴰⵏ."
            ),
        ),
        "members": ["zitoun-ouazzane", "fes-cuir", "sale-vannerie", "chefchaouen-tissage"],
        "rules": list(_RULES),
    },
]
