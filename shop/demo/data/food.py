"""Demo food products: argan and olive oil, honey, couscous, saffron, spices, dates, spreads.

TIF-ARG-250, TIF-AMLOU and ATL-MIEL-TH carry the same values as the example catalog import file
(products.csv), plus the Tamazight descriptions that file leaves empty."""

from decimal import Decimal


def _names(ar: str, fr: str, zgh: str) -> dict[str, str]:
    return {"ar": ar, "fr": fr, "zgh": zgh}


_ARGAN = [
    {
        "sku": "TIF-ARG-250",
        "supplier": "tifaout-argan",
        "category": "argan-oil",
        "price": Decimal("120.00"),
        "stock": 40,
        "unit": "bottle 250 ml",
        "weight_grams": 430,
        "featured": True,
        "names": _names("زيت الأركان الغذائي", "Huile d'argan alimentaire", "ⵍⵣⵉⵜ ⵏ ⵡⴰⵔⴳⴰⵏ"),
        "descriptions": _names(
            "زيت أركان محمص معصور على البارد من تارودانت",
            "Huile d'argan torréfiée pressée à froid à Taroudant",
            "ⵍⵣⵉⵜ ⵏ ⵡⴰⵔⴳⴰⵏ ⵙⴳ ⵜⴰⵔⵓⴷⴰⵏⵜ",
        ),
        "labels": ["igp-argane", "odco-quality"],
        "grouping": "souss-solidaire",
    },
    {
        "sku": "TIF-ARG-100",
        "supplier": "tifaout-argan",
        "category": "argan-oil",
        "price": Decimal("58.00"),
        "stock": 35,
        "unit": "flacon 100 ml",
        "weight_grams": 200,
        "featured": False,
        "names": _names(
            "زيت الأركان الغذائي – قنينة صغيرة",
            "Huile d'argan alimentaire – petit flacon",
            "ⵍⵣⵉⵜ ⵏ ⵡⴰⵔⴳⴰⵏ, 100 ml",
        ),
        "descriptions": _names(
            (
                "الحجم المناسب لتذوق زيتنا المحمص: تحمص اللوزات في المقلاة ثم تعصر على البارد "
                "في ورشة التعاونية بتارودانت. تكفي بضع قطرات فوق السلطة أو الكسكس أو الطاجين، "
                "وتضاف في آخر الطهي."
            ),
            (
                "Le format découverte de notre huile torréfiée : les amandons sont grillés à "
                "la poêle puis pressés à froid dans l'atelier de la coopérative, à Taroudant. Un "
                "filet suffit sur une salade, un couscous ou un tajine, ajouté en fin de cuisson."
            ),
            "ⵍⵣⵉⵜ ⵏ ⵡⴰⵔⴳⴰⵏ ⵙⴳ ⵜⴰⵔⵓⴷⴰⵏⵜ, ⵙ ⵓⴼⵓⵙ ⵏ ⵜⵎⵖⴰⵔⵉⵏ.",
        ),
        "labels": ["igp-argane", "odco-quality"],
        "grouping": "souss-solidaire",
    },
    {
        "sku": "TIF-ARG-500",
        "supplier": "tifaout-argan",
        "category": "argan-oil",
        "price": Decimal("225.00"),
        "stock": 18,
        "unit": "bouteille 500 ml",
        "weight_grams": 810,
        "featured": False,
        "names": _names(
            "زيت الأركان الغذائي – 500 مل",
            "Huile d'argan alimentaire – 500 ml",
            "ⵍⵣⵉⵜ ⵏ ⵡⴰⵔⴳⴰⵏ, 500 ml",
        ),
        "descriptions": _names(
            (
                "نفس الزيت المحمص في قنينة زجاجية داكنة تحميه من الضوء. يعصر على البارد كل أسبوع "
                "من ثمار تجمع في غابة الأركان حول تارودانت، ويحفظ في مكان بارد ويستهلك خلال ستة "
                "أشهر بعد فتحه."
            ),
            (
                "La même huile torréfiée, en bouteille de verre teinté qui la protège de la "
                "lumière. Pressée à froid chaque semaine avec des fruits ramassés dans "
                "l'arganeraie autour de Taroudant ; à garder au frais et à consommer dans les six "
                "mois après ouverture."
            ),
            "ⵍⵣⵉⵜ ⵏ ⵡⴰⵔⴳⴰⵏ ⵙⴳ ⵜⴰⵔⵓⴷⴰⵏⵜ, ⵜⴰⵇⵔⵄⵉⵜ ⵜⴰⵎⵇⵔⴰⵏⵜ.",
        ),
        "labels": ["igp-argane", "odco-quality"],
        "grouping": "souss-solidaire",
    },
    {
        "sku": "TIF-ARG-BIO",
        "supplier": "tifaout-argan",
        "category": "argan-oil",
        "price": Decimal("175.00"),
        "stock": 14,
        "unit": "flacon 250 ml",
        "weight_grams": 430,
        "featured": False,
        "names": _names(
            "زيت الأركان الغذائي البيولوجي",
            "Huile d'argan alimentaire bio",
            "ⵍⵣⵉⵜ ⵏ ⵡⴰⵔⴳⴰⵏ ⴱⵢⵓ",
        ),
        "descriptions": _names(
            (
                "من قطعة أركان حاصلة على شهادة الفلاحة البيولوجية، تجمع ثمارها وتكسر يدويا على يد "
                "نساء التعاونية. مذاقها قوي يذكر بالبندق المحمص، مثالية لتحضير أملو في البيت أو "
                "لتناولها مع خبز الفطور."
            ),
            (
                "Issue d'une parcelle d'arganiers certifiée en agriculture biologique, récoltée et "
                "concassée à la main par les femmes de la coopérative. Goût de noisette grillée "
                "plus marqué ; idéale pour un amlou maison ou avec le pain du petit-déjeuner."
            ),
            "ⵍⵣⵉⵜ ⵏ ⵡⴰⵔⴳⴰⵏ ⴱⵢⵓ, ⵙ ⵓⴼⵓⵙ ⵏ ⵜⵎⵖⴰⵔⵉⵏ ⵏ ⵜⵎⵢⴰⵡⴰⵙⵜ.",
        ),
        "labels": ["igp-argane", "odco-quality", "bio-maroc"],
        "grouping": "souss-solidaire",
    },
    {
        "sku": "TIF-ARG-1L",
        "supplier": "tifaout-argan",
        "category": "argan-oil",
        "price": Decimal("430.00"),
        "stock": 1,
        "unit": "bidon 1 l",
        "weight_grams": 1040,
        "featured": False,
        "names": _names(
            "زيت الأركان الغذائي – عبوة 1 لتر",
            "Huile d'argan alimentaire – bidon 1 l",
            "ⵍⵣⵉⵜ ⵏ ⵡⴰⵔⴳⴰⵏ, 1 l",
        ),
        "descriptions": _names(
            (
                "حجم عائلي أو للمطاعم في علبة معدنية محكمة الإغلاق تحمي الزيت من الهواء والضوء. "
                "زيت محمص معصور على البارد بتارودانت ومصفى بالترسيب الطبيعي."
            ),
            (
                "Format familial ou pour les restaurateurs, en bidon métallique bien fermé qui "
                "protège l'huile de l'air et de la lumière. Huile torréfiée pressée à froid à "
                "Taroudant, filtrée par simple décantation."
            ),
            "ⵍⵣⵉⵜ ⵏ ⵡⴰⵔⴳⴰⵏ ⵙⴳ ⵜⴰⵔⵓⴷⴰⵏⵜ, ⵉ ⵜⵡⵊⴰ.",
        ),
        "labels": ["igp-argane", "odco-quality"],
        "grouping": "souss-solidaire",
    },
]

_OLIVE_OIL = [
    {
        "sku": "ZIT-HV-1L",
        "supplier": "zitoun-ouazzane",
        "category": "olive-oil",
        "price": Decimal("85.00"),
        "stock": 45,
        "unit": "bouteille 1 l",
        "weight_grams": 1470,
        "featured": True,
        "names": _names(
            "زيت الزيتون البكر الممتاز من وزان",
            "Huile d'olive vierge extra d'Ouazzane",
            "ⵍⵣⵉⵜ ⵏ ⵓⵣⵎⵎⵓⵔ ⵏ ⵡⴰⵣⵣⴰⵏ",
        ),
        "descriptions": _names(
            (
                "زيتون البيشولين المغربي يجنى يدويا من تلال وزان ويعصر خلال 24 ساعة في معصرة "
                "التعاونية. طعم فاكهي أخضر مع مرارة خفيفة، مناسب للسلطات والحريرة وخبز الفطور."
            ),
            (
                "Olives picholine marocaine cueillies à la main sur les collines d'Ouazzane et "
                "triturées dans les 24 heures au moulin de la coopérative. Fruité vert, légère "
                "amertume : pour les salades, la harira ou le pain trempé du petit-déjeuner."
            ),
            "ⵍⵣⵉⵜ ⵏ ⵓⵣⵎⵎⵓⵔ ⵙⴳ ⵡⴰⵣⵣⴰⵏ, ⵙⴳ ⵜⵎⵢⴰⵡⴰⵙⵜ.",
        ),
        "labels": ["odco-quality", "fair-trade"],
        "grouping": "nord-solidaire",
    },
    {
        "sku": "ZIT-HV-500",
        "supplier": "zitoun-ouazzane",
        "category": "olive-oil",
        "price": Decimal("48.00"),
        "stock": 60,
        "unit": "bouteille 500 ml",
        "weight_grams": 840,
        "featured": False,
        "names": _names(
            "زيت الزيتون البكر الممتاز – 500 مل",
            "Huile d'olive vierge extra – 500 ml",
            "ⵍⵣⵉⵜ ⵏ ⵓⵣⵎⵎⵓⵔ, 500 ml",
        ),
        "descriptions": _names(
            (
                "زيت الموسم الجديد في قنينة صغيرة لمن يريد تذوقه أولا. يحفظ بعيدا عن الضوء "
                "والحرارة، ويستعمل نيئا أو في الطبخ."
            ),
            (
                "L'huile de la nouvelle récolte en petite bouteille, pour la goûter avant d'en "
                "prendre davantage. À conserver à l'abri de la lumière et de la chaleur ; "
                "s'utilise crue comme en cuisson."
            ),
            "ⵍⵣⵉⵜ ⵏ ⵓⵣⵎⵎⵓⵔ ⵙⴳ ⵡⴰⵣⵣⴰⵏ, ⵜⴰⵇⵔⵄⵉⵜ ⵜⴰⵎⵥⵥⵢⴰⵏⵜ.",
        ),
        "labels": ["odco-quality"],
        "grouping": "nord-solidaire",
    },
    {
        "sku": "ZIT-HV-5L",
        "supplier": "zitoun-ouazzane",
        "category": "olive-oil",
        "price": Decimal("390.00"),
        "stock": 8,
        "unit": "bidon 5 l",
        "weight_grams": 4850,
        "featured": False,
        "names": _names(
            "زيت الزيتون البكر – عبوة 5 لترات",
            "Huile d'olive vierge – bidon 5 l",
            "ⵍⵣⵉⵜ ⵏ ⵓⵣⵎⵎⵓⵔ, 5 l",
        ),
        "descriptions": _names(
            (
                "مؤونة البيت لأشهر عدة، كما تشتريها الأسر مباشرة من المعصرة بعد الجني في نونبر "
                "ودجنبر. تعاد تعبئتها في قنينات زجاجية وتحفظ في مكان مظلم."
            ),
            (
                "La provision de la maison pour plusieurs mois, comme les familles l'achètent au "
                "moulin après la récolte de novembre-décembre. À transvaser dans des bouteilles "
                "en verre et à garder dans un endroit sombre."
            ),
            "ⵍⵣⵉⵜ ⵏ ⵓⵣⵎⵎⵓⵔ ⵙⴳ ⵡⴰⵣⵣⴰⵏ, ⵉ ⵜⵡⵊⴰ.",
        ),
        "labels": ["odco-quality"],
        "grouping": "nord-solidaire",
    },
    {
        "sku": "ZIT-HV-BIO",
        "supplier": "zitoun-ouazzane",
        "category": "olive-oil",
        "price": Decimal("110.00"),
        "stock": 2,
        "unit": "bouteille 750 ml",
        "weight_grams": 1170,
        "featured": False,
        "names": _names(
            "زيت الزيتون البيولوجي – جني مبكر",
            "Huile d'olive bio – récolte précoce",
            "ⵍⵣⵉⵜ ⵏ ⵓⵣⵎⵎⵓⵔ ⴱⵢⵓ",
        ),
        "descriptions": _names(
            (
                "زيتون أخضر يجنى في أوائل أكتوبر من بساتين بيولوجية قرب وزان، فيعطي زيتا قليلا "
                "بطعم قوي فيه نكهة العشب والخرشوف. كمية محدودة كل موسم."
            ),
            (
                "Olives encore vertes cueillies début octobre dans des vergers bio près "
                "d'Ouazzane : peu de rendement, mais une huile intense aux notes d'herbe coupée "
                "et d'artichaut. Quantité limitée chaque saison."
            ),
            "ⵍⵣⵉⵜ ⵏ ⵓⵣⵎⵎⵓⵔ ⴱⵢⵓ ⵙⴳ ⵡⴰⵣⵣⴰⵏ.",
        ),
        "labels": ["odco-quality", "bio-maroc"],
        "grouping": "nord-solidaire",
    },
]

_HONEY = [
    {
        "sku": "ATL-MIEL-TH",
        "supplier": "atlas-miel",
        "category": "honey",
        "price": Decimal("150.00"),
        "stock": 12,
        "unit": "jar 500 g",
        "weight_grams": 750,
        "featured": False,
        "names": _names("عسل الزعتر", "Miel de thym", "ⵜⴰⵎⵎⴰⵏⵜ ⵏ ⵡⴰⵣⵓⴽⵏⵉ"),
        "descriptions": _names(
            "عسل زعتر طبيعي من جبال الأطلس",
            "Miel de thym naturel des montagnes de l'Atlas",
            "ⵜⴰⵎⵎⴰⵏⵜ ⵏ ⵡⴰⵣⵓⴽⵏⵉ ⵙⴳ ⵉⴷⵓⵔⴰⵔ ⵏ ⵡⴰⵟⵍⴰⵙ.",
        ),
        "labels": ["bio-maroc"],
        "grouping": None,
    },
    {
        "sku": "ATL-MIEL-ROM",
        "supplier": "atlas-miel",
        "category": "honey",
        "price": Decimal("140.00"),
        "stock": 20,
        "unit": "pot 500 g",
        "weight_grams": 750,
        "featured": False,
        "names": _names("عسل إكليل الجبل", "Miel de romarin", "ⵜⴰⵎⵎⴰⵏⵜ ⵏ ⵓⵣⵉⵔ"),
        "descriptions": _names(
            (
                "يجنيه في الربيع نحال من أزيلال يضع خلاياه بين نباتات إكليل الجبل في الأطلس "
                "الكبير. عسل فاتح اللون يتبلور بحبيبات ناعمة، يدهن على الخبز ويذوب جيدا في "
                "المنقوع الساخن."
            ),
            (
                "Récolté au printemps par un apiculteur d'Azilal qui installe ses ruches parmi le "
                "romarin du Haut Atlas. Miel clair qui cristallise finement : il se tartine et se "
                "dissout bien dans une tisane chaude."
            ),
            "ⵜⴰⵎⵎⴰⵏⵜ ⵏ ⵓⵣⵉⵔ ⵙⴳ ⴰⵣⵉⵍⴰⵍ.",
        ),
        "labels": [],
        "grouping": "atlas-draa-solidaire",
    },
    {
        "sku": "ATL-MIEL-MF",
        "supplier": "atlas-miel",
        "category": "honey",
        "price": Decimal("120.00"),
        "stock": 30,
        "unit": "pot 500 g",
        "weight_grams": 750,
        "featured": False,
        "names": _names(
            "عسل متعدد الأزهار من الجبل",
            "Miel toutes fleurs de montagne",
            "ⵜⴰⵎⵎⴰⵏⵜ ⵏ ⵉⵊⴷⴷⵉⴳⵏ",
        ),
        "descriptions": _names(
            (
                "عسل الصيف من أزهار برية متنوعة في الأودية المحيطة بشلالات أوزود، يستخرج على "
                "البارد ولا يسخن ولا يخلط. يتغير لونه وطعمه قليلا من موسم إلى آخر."
            ),
            (
                "Miel d'été butiné sur les fleurs sauvages des vallées autour des cascades "
                "d'Ouzoud, extrait à froid, jamais chauffé ni mélangé. Sa couleur et son goût "
                "changent un peu d'une saison à l'autre."
            ),
            "ⵜⴰⵎⵎⴰⵏⵜ ⵏ ⵉⵊⴷⴷⵉⴳⵏ ⵙⴳ ⵉⴷⵓⵔⴰⵔ ⵏ ⴰⵣⵉⵍⴰⵍ.",
        ),
        "labels": [],
        "grouping": "atlas-draa-solidaire",
    },
    {
        "sku": "GUE-MIEL-EUP",
        "supplier": "guelmim-saveurs",
        "category": "honey",
        "price": Decimal("290.00"),
        "stock": 2,
        "unit": "pot 500 g",
        "weight_grams": 750,
        "featured": True,
        "names": _names("عسل الدغموس", "Miel d'euphorbe (daghmous)", "ⵜⴰⵎⵎⴰⵏⵜ ⵏ ⵓⴷⵖⵎⵓⵙ"),
        "descriptions": _names(
            (
                "عسل كهرماني بطعم حار قليلا، يجنيه النحل من نبات الدغموس في السهول الجافة حول "
                "كلميم. إنتاجه نادر ويتغير حسب الأمطار، ويؤكل تقليديا بالملعقة في الصباح أو مع "
                "منقوع ساخن."
            ),
            (
                "Miel ambré et légèrement poivré, butiné sur l'euphorbe des plaines arides autour "
                "de Guelmim. Production rare qui dépend des pluies ; on le prend "
                "traditionnellement à la cuillère le matin ou avec une tisane chaude."
            ),
            "ⵜⴰⵎⵎⴰⵏⵜ ⵏ ⵓⴷⵖⵎⵓⵙ ⵙⴳ ⴳⵍⵎⵉⵎ, ⵙ ⵓⴼⵓⵙ ⵏ ⵜⵎⵖⴰⵔⵉⵏ.",
        ),
        "labels": ["odco-quality"],
        "grouping": "souss-solidaire",
    },
    {
        "sku": "GUE-MIEL-CAC",
        "supplier": "guelmim-saveurs",
        "category": "honey",
        "price": Decimal("160.00"),
        "stock": 15,
        "unit": "pot 500 g",
        "weight_grams": 750,
        "featured": False,
        "names": _names("عسل زهر الصبار", "Miel de fleur de cactus", "ⵜⴰⵎⵎⴰⵏⵜ ⵏ ⵓⴽⵏⴰⵔⵉ"),
        "descriptions": _names(
            (
                "تجنيه النحل في أواخر الربيع من أزهار الصبار (الهندية) التي تحيط بدواوير كلميم. "
                "عسل ذهبي بطعم فاكهي لطيف، تنتجه نساء التعاونية إلى جانب زيت بذور الصبار."
            ),
            (
                "Butiné à la fin du printemps sur les fleurs des figuiers de Barbarie qui "
                "entourent les douars de Guelmim. Miel doré, fruité et doux, produit par les "
                "femmes de la coopérative à côté de leur huile de pépins de figue de Barbarie."
            ),
            "ⵜⴰⵎⵎⴰⵏⵜ ⵏ ⵓⴽⵏⴰⵔⵉ ⵙⴳ ⴳⵍⵎⵉⵎ, ⵙ ⵓⴼⵓⵙ ⵏ ⵜⵎⵖⴰⵔⵉⵏ.",
        ),
        "labels": ["odco-quality"],
        "grouping": "souss-solidaire",
    },
]

_COUSCOUS = [
    {
        "sku": "NOU-SKS-1KG",
        "supplier": "nour-couscous",
        "category": "couscous",
        "price": Decimal("45.00"),
        "stock": 50,
        "unit": "sachet 1 kg",
        "weight_grams": 1020,
        "featured": False,
        "names": _names(
            "كسكس القمح الصلب المفتول يدويا",
            "Couscous de blé dur roulé main",
            "ⵙⴽⵙⵓ ⵏ ⵉⵔⴷⵏ",
        ),
        "descriptions": _names(
            (
                "سميد القمح الصلب من الشاوية يفتل يدويا بقليل من الماء المملح، ثم يفور على "
                "البخار ويجفف تحت الشمس على يد نساء التعاونية. يحضر بتفويره ثلاث مرات في "
                "الكسكاس."
            ),
            (
                "Semoule de blé dur de la Chaouia roulée à la main avec un peu d'eau salée, puis "
                "étuvée et séchée au soleil par les femmes de la coopérative. Se prépare en trois "
                "passages à la vapeur dans le couscoussier."
            ),
            "ⵙⴽⵙⵓ ⵏ ⵉⵔⴷⵏ, ⵙ ⵓⴼⵓⵙ ⵏ ⵜⵎⵖⴰⵔⵉⵏ ⵏ ⵙⵟⵟⴰⵜ.",
        ),
        "labels": ["odco-quality"],
        "grouping": None,
    },
    {
        "sku": "NOU-SKS-5KG",
        "supplier": "nour-couscous",
        "category": "couscous",
        "price": Decimal("195.00"),
        "stock": 10,
        "unit": "sac 5 kg",
        "weight_grams": 5080,
        "featured": False,
        "names": _names(
            "كسكس القمح الصلب – كيس 5 كلغ",
            "Couscous de blé dur roulé main – sac 5 kg",
            "ⵙⴽⵙⵓ ⵏ ⵉⵔⴷⵏ, 5 kg",
        ),
        "descriptions": _names(
            (
                "نفس الكسكس المفتول باليد في كيس من القماش، للأسر الكبيرة ولكسكس يوم الجمعة. "
                "يحفظ سنة كاملة في مكان جاف."
            ),
            (
                "Le même couscous roulé main, en sac de toile pour les grandes familles et le "
                "couscous du vendredi. Se conserve un an au sec."
            ),
            "ⵙⴽⵙⵓ ⵏ ⵉⵔⴷⵏ ⵉ ⵜⵡⵊⴰ, ⵙ ⵓⴼⵓⵙ ⵏ ⵜⵎⵖⴰⵔⵉⵏ.",
        ),
        "labels": ["odco-quality"],
        "grouping": None,
    },
    {
        "sku": "NOU-SKS-ORG",
        "supplier": "nour-couscous",
        "category": "couscous",
        "price": Decimal("38.00"),
        "stock": 40,
        "unit": "sachet 1 kg",
        "weight_grams": 1020,
        "featured": True,
        "names": _names(
            "كسكس الشعير (بلبولة)",
            "Couscous d'orge (belboula)",
            "ⵙⴽⵙⵓ ⵏ ⵜⵓⵎⵥⵉⵏ",
        ),
        "descriptions": _names(
            (
                "شعير بلدي يطحن طحنا خشنا ثم يفتل ويفور على البخار كما في البادية. غني "
                "بالألياف، ويقدم بالخضر أو باردا مع اللبن."
            ),
            (
                "Orge de pays moulue grossièrement, roulée puis étuvée comme à la campagne. Riche "
                "en fibres ; se sert avec des légumes, ou froid avec du lben."
            ),
            "ⵙⴽⵙⵓ ⵏ ⵜⵓⵎⵥⵉⵏ, ⵙ ⵓⴼⵓⵙ ⵏ ⵜⵎⵖⴰⵔⵉⵏ ⵏ ⵙⵟⵟⴰⵜ.",
        ),
        "labels": ["odco-quality"],
        "grouping": None,
    },
    {
        "sku": "NOU-BERK-1KG",
        "supplier": "nour-couscous",
        "category": "couscous",
        "price": Decimal("48.00"),
        "stock": 22,
        "unit": "sachet 1 kg",
        "weight_grams": 1020,
        "featured": False,
        "names": _names("بركوكش مفتول يدويا", "Berkoukech roulé main", "ⴱⵔⴽⵓⴽⵙ"),
        "descriptions": _names(
            (
                "حبات كبيرة من السميد تفتل باليد وتجفف في الشمس، تطهى في مرق الخضر أو بالحليب "
                "في ليالي البرد."
            ),
            (
                "Gros grains de semoule roulés à la main et séchés au soleil, à cuire dans un "
                "bouillon de légumes ou au lait pendant les soirées froides."
            ),
            "ⴱⵔⴽⵓⴽⵙ ⵙ ⵓⴼⵓⵙ ⵏ ⵜⵎⵖⴰⵔⵉⵏ ⵏ ⵙⵟⵟⴰⵜ.",
        ),
        "labels": ["odco-quality"],
        "grouping": None,
    },
]

_SAFFRON = [
    {
        "sku": "TAL-SAF-05",
        "supplier": "taliouine-safran",
        "category": "saffron",
        "price": Decimal("42.00"),
        "stock": 40,
        "unit": "boîte 0,5 g",
        "weight_grams": 18,
        "featured": False,
        "names": _names(
            "زعفران تالوين – 0.5 غرام",
            "Safran de Taliouine – 0,5 g",
            "ⵣⵄⴼⵔⴰⵏ ⵏ ⵜⴰⵍⵉⵡⵉⵏ, 0,5 g",
        ),
        "descriptions": _names(
            (
                "مياسم زهرة الزعفران تقطف عند الفجر في أكتوبر ونونبر من مدرجات تالوين، وتنقى "
                "يدويا وتجفف في الظل. تكفي هذه العلبة الصغيرة لعدة أطباق."
            ),
            (
                "Stigmates de Crocus sativus cueillis à l'aube en octobre-novembre sur les "
                "terrasses de Taliouine, émondés à la main et séchés à l'ombre. Cette petite boîte "
                "suffit pour plusieurs plats."
            ),
            "ⵣⵄⴼⵔⴰⵏ ⵙⴳ ⵜⴰⵍⵉⵡⵉⵏ, ⵙ ⵓⴼⵓⵙ ⵏ ⵜⵎⵢⴰⵡⴰⵙⵜ.",
        ),
        "labels": ["odco-quality", "fair-trade"],
        "grouping": "souss-solidaire",
    },
    {
        "sku": "TAL-SAF-1G",
        "supplier": "taliouine-safran",
        "category": "saffron",
        "price": Decimal("75.00"),
        "stock": 60,
        "unit": "boîte 1 g",
        "weight_grams": 22,
        "featured": True,
        "names": _names(
            "زعفران تالوين – 1 غرام",
            "Safran de Taliouine – 1 g",
            "ⵣⵄⴼⵔⴰⵏ ⵏ ⵜⴰⵍⵉⵡⵉⵏ, 1 g",
        ),
        "descriptions": _names(
            (
                "زعفران حر من الدرجة الأولى (مياسم حمراء كاملة دون الجزء الأصفر) تنتجه تعاونية "
                "مختلطة في تالوين. تنقع بضع شعيرات في قليل من الماء الدافئ قبل إضافتها إلى "
                "الطاجين أو الأرز أو الحلويات."
            ),
            (
                "Safran pur de première catégorie (stigmates rouges entiers, sans partie jaune), "
                "produit par une coopérative mixte de Taliouine. Faire infuser quelques filaments "
                "dans un peu d'eau tiède avant de les ajouter au tajine, au riz ou aux desserts."
            ),
            "ⵣⵄⴼⵔⴰⵏ ⵙⴳ ⵜⴰⵍⵉⵡⵉⵏ, ⵙⴳ ⵜⵎⵢⴰⵡⴰⵙⵜ.",
        ),
        "labels": ["odco-quality", "fair-trade"],
        "grouping": "souss-solidaire",
    },
    {
        "sku": "TAL-SAF-2G",
        "supplier": "taliouine-safran",
        "category": "saffron",
        "price": Decimal("145.00"),
        "stock": 25,
        "unit": "boîte 2 g",
        "weight_grams": 30,
        "featured": False,
        "names": _names(
            "زعفران تالوين – 2 غرام",
            "Safran de Taliouine – 2 g",
            "ⵣⵄⴼⵔⴰⵏ ⵏ ⵜⴰⵍⵉⵡⵉⵏ, 2 g",
        ),
        "descriptions": _names(
            (
                "غرامان، أي نحو 400 شعيرة: مؤونة أسرة لطواجين السنة والأعياد. يحفظ في علبته "
                "مغلقة بعيدا عن الضوء."
            ),
            (
                "Deux grammes, soit environ 400 filaments : la réserve d'une famille pour les "
                "tajines de l'année et les fêtes. À garder dans sa boîte fermée, à l'abri de la "
                "lumière."
            ),
            "ⵣⵄⴼⵔⴰⵏ ⵏ ⵜⴰⵍⵉⵡⵉⵏ ⵉ ⵜⵡⵊⴰ.",
        ),
        "labels": ["odco-quality", "fair-trade"],
        "grouping": "souss-solidaire",
    },
    {
        "sku": "TAL-SAF-5G",
        "supplier": "taliouine-safran",
        "category": "saffron",
        "price": Decimal("340.00"),
        "stock": 0,
        "unit": "coffret 5 g",
        "weight_grams": 260,
        "featured": False,
        "names": _names(
            "زعفران تالوين – علبة هدية 5 غرامات",
            "Safran de Taliouine – coffret cadeau 5 g",
            "ⵣⵄⴼⵔⴰⵏ ⵏ ⵜⴰⵍⵉⵡⵉⵏ, 5 g",
        ),
        "descriptions": _names(
            (
                "علبة خشبية تضم خمس علب من غرام واحد، مع بطاقة تحكي قصة جني الزعفران في تالوين. "
                "هدية مناسبة للأعياد والمناسبات."
            ),
            (
                "Coffret en bois réunissant cinq boîtes d'un gramme, avec une carte qui raconte "
                "la cueillette du safran à Taliouine. Un cadeau apprécié pour les fêtes."
            ),
            "ⵣⵄⴼⵔⴰⵏ ⵏ ⵜⴰⵍⵉⵡⵉⵏ, ⵜⴰⵙⵏⴷⵓⵇⵜ ⵏ 5 g.",
        ),
        "labels": ["odco-quality", "fair-trade"],
        "grouping": "souss-solidaire",
    },
]

_SPICES = [
    {
        "sku": "TAL-RAS-100",
        "supplier": "taliouine-safran",
        "category": "spices",
        "price": Decimal("35.00"),
        "stock": 30,
        "unit": "sachet 100 g",
        "weight_grams": 115,
        "featured": False,
        "names": _names(
            "رأس الحانوت بزعفران تالوين",
            "Ras el hanout au safran de Taliouine",
            "ⵔⴰⵙ ⵍⵃⴰⵏⵓⵜ",
        ),
        "descriptions": _names(
            (
                "خليط من نحو عشرين نوعا من التوابل (الكمون والزنجبيل والكركم والقرفة والفلفل "
                "وأزرار الورد...) تحمص وتطحن في التعاونية، مع قليل من زعفران تالوين. للطواجين "
                "والكفتة والحريرة."
            ),
            (
                "Mélange d'une vingtaine d'épices (cumin, gingembre, curcuma, cannelle, poivre, "
                "boutons de rose…) torréfiées et moulues à la coopérative, relevé d'une pointe "
                "de safran de Taliouine. Pour les tajines, la kefta et la harira."
            ),
            "ⵔⴰⵙ ⵍⵃⴰⵏⵓⵜ ⵙ ⵣⵄⴼⵔⴰⵏ ⵏ ⵜⴰⵍⵉⵡⵉⵏ.",
        ),
        "labels": ["odco-quality"],
        "grouping": "souss-solidaire",
    },
    {
        "sku": "NOU-EPI-SKS",
        "supplier": "nour-couscous",
        "category": "spices",
        "price": Decimal("25.00"),
        "stock": 35,
        "unit": "sachet 100 g",
        "weight_grams": 115,
        "featured": False,
        "names": _names(
            "توابل الكسكس بالخضر السبع",
            "Épices pour couscous aux sept légumes",
            "ⵉⴱⵣⴰⵔ ⵏ ⵓⵙⴽⵙⵓ",
        ),
        "descriptions": _names(
            (
                "الخليط الذي تحضره نساء التعاونية لمرق الكسكس: كركم وزنجبيل وفلفل أسود وقرفة. "
                "ملعقة كبيرة تكفي لكسكس ستة أشخاص."
            ),
            (
                "Le mélange que les femmes de la coopérative préparent pour le bouillon du "
                "couscous : curcuma, gingembre, poivre noir et cannelle. Une cuillère à soupe "
                "suffit pour un couscous de six personnes."
            ),
            "ⵉⴱⵣⴰⵔ ⵏ ⵓⵙⴽⵙⵓ, ⵙ ⵓⴼⵓⵙ ⵏ ⵜⵎⵖⴰⵔⵉⵏ ⵏ ⵙⵟⵟⴰⵜ.",
        ),
        "labels": ["odco-quality"],
        "grouping": None,
    },
    {
        "sku": "BER-VERV-50",
        "supplier": "berkane-aromatiques",
        "category": "spices",
        "price": Decimal("30.00"),
        "stock": 35,
        "unit": "sachet 50 g",
        "weight_grams": 65,
        "featured": False,
        "names": _names("اللويزة المجففة", "Verveine odorante séchée", "ⵍⵡⵉⵣⴰ"),
        "descriptions": _names(
            (
                "أوراق اللويزة تقطف في بداية الصيف من حقول التعاونية ببركان وتجفف في الظل "
                "لتحتفظ بلونها الأخضر. تضاف إلى الشاي أو تشرب وحدها بعد العشاء."
            ),
            (
                "Feuilles de verveine cueillies au début de l'été dans les champs de la "
                "coopérative, à Berkane, et séchées à l'ombre pour garder leur couleur verte. "
                "À ajouter au thé, ou en infusion seule après le dîner."
            ),
            "ⵍⵡⵉⵣⴰ ⵙⴳ ⴱⵔⴽⴰⵏ, ⵙ ⵓⴼⵓⵙ ⵏ ⵜⵎⵖⴰⵔⵉⵏ.",
        ),
        "labels": ["odco-quality", "bio-maroc"],
        "grouping": None,
    },
    {
        "sku": "BER-THYM-100",
        "supplier": "berkane-aromatiques",
        "category": "spices",
        "price": Decimal("25.00"),
        "stock": 28,
        "unit": "sachet 100 g",
        "weight_grams": 115,
        "featured": False,
        "names": _names("الزعتر المجفف", "Thym séché de l'Oriental", "ⴰⵣⵓⴽⵏⵉ"),
        "descriptions": _names(
            (
                "زعتر بري يقطف من سفوح جبال بني يزناسن، ينقى من العيدان ويجفف. للشاي في الشتاء "
                "والحريرة والزيتون المصبر والشواء."
            ),
            (
                "Thym sauvage cueilli sur les pentes des monts des Beni Snassen, trié et séché. "
                "Pour le thé en hiver, la harira, les olives marinées et les grillades."
            ),
            "ⴰⵣⵓⴽⵏⵉ ⵙⴳ ⵉⴷⵓⵔⴰⵔ ⵏ ⴰⵢⵜ ⵉⵣⵏⴰⵙⵏ.",
        ),
        "labels": ["odco-quality"],
        "grouping": None,
    },
    {
        "sku": "BER-FLIYOU-50",
        "supplier": "berkane-aromatiques",
        "category": "spices",
        "price": Decimal("20.00"),
        "stock": 22,
        "unit": "sachet 50 g",
        "weight_grams": 65,
        "featured": False,
        "names": _names("الفليو المجفف", "Menthe pouliot (fliyou) séchée", "ⴼⵍⵢⵢⵓ"),
        "descriptions": _names(
            (
                "نعناع بري بنكهة قوية يقطف على ضفاف الأودية قرب بركان. تكفي بضع وريقات في إبريق "
                "الشاي في أيام البرد."
            ),
            (
                "Menthe sauvage au parfum puissant, cueillie au bord des oueds près de Berkane. "
                "Quelques feuilles suffisent dans la théière les jours de froid."
            ),
            "ⴼⵍⵢⵢⵓ ⵙⴳ ⴱⵔⴽⴰⵏ, ⵉ ⵡⴰⵜⴰⵢ.",
        ),
        "labels": ["odco-quality"],
        "grouping": None,
    },
    {
        "sku": "BER-ROM-100",
        "supplier": "berkane-aromatiques",
        "category": "spices",
        "price": Decimal("20.00"),
        "stock": 12,
        "unit": "sachet 100 g",
        "weight_grams": 115,
        "featured": False,
        "names": _names("إكليل الجبل المجفف (أزير)", "Romarin séché (azir)", "ⴰⵣⵉⵔ"),
        "descriptions": _names(
            (
                "أغصان إكليل الجبل البري تجفف ثم تفرك لتبقى الأوراق وحدها. لتتبيل الدجاج "
                "والبطاطس والخبز، أو كمنقوع."
            ),
            (
                "Rameaux de romarin sauvage séchés puis frottés pour ne garder que les feuilles. "
                "Pour le poulet, les pommes de terre, le pain, ou en infusion."
            ),
            "ⴰⵣⵉⵔ ⵙⴳ ⴱⵔⴽⴰⵏ, ⵙ ⵓⴼⵓⵙ ⵏ ⵜⵎⵖⴰⵔⵉⵏ.",
        ),
        "labels": ["odco-quality"],
        "grouping": None,
    },
]

_DATES = [
    {
        "sku": "OAS-MEJ-1KG",
        "supplier": "oasis-erfoud-dattes",
        "category": "dates",
        "price": Decimal("140.00"),
        "stock": 20,
        "unit": "boîte 1 kg",
        "weight_grams": 1120,
        "featured": True,
        "names": _names(
            "تمر المجهول من تافيلالت",
            "Dattes Mejhoul du Tafilalet",
            "ⵜⵉⵢⵏⵉ ⵏ ⵎⵊⵀⵓⵍ",
        ),
        "descriptions": _names(
            (
                "أكبر تمور المغرب وأكثرها طراوة، تجنى في أكتوبر من نخيل واحات أرفود وتفرز يدويا "
                "حبة حبة. تحفظ في الثلاجة وتقدم مع الحليب أو عند الإفطار في رمضان."
            ),
            (
                "Les plus grosses et les plus moelleuses des dattes marocaines, récoltées en "
                "octobre dans les palmeraies d'Erfoud et triées une à une à la main. À garder au "
                "réfrigérateur ; à servir avec du lait ou au ftour du Ramadan."
            ),
            "ⵜⵉⵢⵏⵉ ⵏ ⵎⵊⵀⵓⵍ ⵙⴳ ⴰⵔⴼⵓⴷ.",
        ),
        "labels": ["odco-quality"],
        "grouping": "atlas-draa-solidaire",
    },
    {
        "sku": "OAS-MEJ-500",
        "supplier": "oasis-erfoud-dattes",
        "category": "dates",
        "price": Decimal("80.00"),
        "stock": 0,
        "unit": "coffret 500 g",
        "weight_grams": 600,
        "featured": False,
        "names": _names(
            "تمر المجهول – علبة هدية 500 غرام",
            "Dattes Mejhoul – coffret 500 g",
            "ⵜⵉⵢⵏⵉ ⵏ ⵎⵊⵀⵓⵍ, 500 g",
        ),
        "descriptions": _names(
            (
                "حبات كبيرة مختارة من المجهول مرتبة في علبة من سعف النخيل المضفور، هدية تقليدية "
                "في رمضان والأعياد."
            ),
            (
                "Dattes Mejhoul de gros calibre rangées dans une boîte en palmes tressées : un "
                "cadeau traditionnel pour le Ramadan et les fêtes."
            ),
            "ⵜⵉⵢⵏⵉ ⵏ ⵎⵊⵀⵓⵍ ⵙⴳ ⵜⴰⴼⵉⵍⴰⵍⵜ.",
        ),
        "labels": ["odco-quality"],
        "grouping": "atlas-draa-solidaire",
    },
    {
        "sku": "OAS-BOUF-1KG",
        "supplier": "oasis-erfoud-dattes",
        "category": "dates",
        "price": Decimal("95.00"),
        "stock": 25,
        "unit": "boîte 1 kg",
        "weight_grams": 1100,
        "featured": False,
        "names": _names("تمر بوفقوس", "Dattes Boufeggous", "ⵜⵉⵢⵏⵉ ⵏ ⴱⵓⴼⴳⴳⵓⵙ"),
        "descriptions": _names(
            (
                "صنف عريق من تافيلالت، لحمه طري وطعمه يذكر بالكراميل. يحفظ جيدا لعدة أشهر في "
                "مكان بارد."
            ),
            (
                "Variété ancienne du Tafilalet à la chair tendre et au goût de caramel. Se "
                "conserve plusieurs mois au frais."
            ),
            "ⵜⵉⵢⵏⵉ ⵏ ⴱⵓⴼⴳⴳⵓⵙ ⵙⴳ ⵜⴰⴼⵉⵍⴰⵍⵜ.",
        ),
        "labels": ["odco-quality"],
        "grouping": "atlas-draa-solidaire",
    },
    {
        "sku": "OAS-JIH-1KG",
        "supplier": "oasis-erfoud-dattes",
        "category": "dates",
        "price": Decimal("60.00"),
        "stock": 40,
        "unit": "sachet 1 kg",
        "weight_grams": 1040,
        "featured": False,
        "names": _names("تمر الجيهل", "Dattes Jihel", "ⵜⵉⵢⵏⵉ ⵏ ⵊⵉⵀⵍ"),
        "descriptions": _names(
            (
                "تمر نصف جاف وثمنه في المتناول، يأكله أهل الواحات كل يوم مع الشاي، ويصلح أيضا "
                "لتحضير عجينة التمر والحلويات."
            ),
            (
                "Datte demi-sèche et bon marché, celle que l'on mange chaque jour avec le thé dans "
                "les oasis ; idéale aussi pour la pâte de dattes et les pâtisseries."
            ),
            "ⵜⵉⵢⵏⵉ ⵏ ⵊⵉⵀⵍ ⵙⴳ ⴰⵔⴼⵓⴷ, ⴷ ⵡⴰⵜⴰⵢ.",
        ),
        "labels": ["odco-quality"],
        "grouping": "atlas-draa-solidaire",
    },
]

_SPREADS = [
    {
        "sku": "TIF-AMLOU",
        "supplier": "tifaout-argan",
        "category": "spreads",
        "price": Decimal("70.00"),
        "stock": 30,
        "unit": "jar 250 g",
        "weight_grams": 430,
        "featured": False,
        "names": _names("أملو باللوز والعسل", "Amlou aux amandes et au miel", "ⴰⵎⵍⵓ"),
        "descriptions": _names(
            "أملو تقليدي بزيت الأركان واللوز والعسل",
            "Amlou traditionnel à l'huile d'argan, amandes et miel",
            "ⴰⵎⵍⵓ ⵙ ⵍⵣⵉⵜ ⵏ ⵡⴰⵔⴳⴰⵏ, ⵍⵍⵓⵣ ⴷ ⵜⵎⵎⴰⵏⵜ.",
        ),
        "labels": [],
        "grouping": "souss-solidaire",
    },
    {
        "sku": "TIF-AMLOU-500",
        "supplier": "tifaout-argan",
        "category": "spreads",
        "price": Decimal("130.00"),
        "stock": 12,
        "unit": "pot 500 g",
        "weight_grams": 750,
        "featured": False,
        "names": _names(
            "أملو باللوز والعسل – 500 غرام",
            "Amlou aux amandes et au miel – 500 g",
            "ⴰⵎⵍⵓ, 500 g",
        ),
        "descriptions": _names(
            (
                "لوز محمص يطحن على الرحى الحجرية ثم يخلط بزيت الأركان والعسل، كما يحضر في بيوت "
                "سوس. يدهن على الخبز أو البغرير في الفطور."
            ),
            (
                "Amandes grillées écrasées à la meule de pierre, puis mêlées à l'huile d'argan et "
                "au miel, comme dans les maisons du Souss. À tartiner sur le pain ou les baghrir "
                "du petit-déjeuner."
            ),
            "ⴰⵎⵍⵓ ⵙⴳ ⵜⴰⵔⵓⴷⴰⵏⵜ, ⵙ ⵓⴼⵓⵙ ⵏ ⵜⵎⵖⴰⵔⵉⵏ.",
        ),
        "labels": [],
        "grouping": "souss-solidaire",
    },
    {
        "sku": "OAS-PATE-500",
        "supplier": "oasis-erfoud-dattes",
        "category": "spreads",
        "price": Decimal("35.00"),
        "stock": 30,
        "unit": "barquette 500 g",
        "weight_grams": 530,
        "featured": False,
        "names": _names("عجينة التمر", "Pâte de dattes", "ⴰⵎⵍⵓ ⵏ ⵜⵉⵢⵏⵉ"),
        "descriptions": _names(
            (
                "تمر منزوع النوى يطحن دون أي سكر مضاف. تستعمل لحشو المقروط والحلويات أو تؤكل مع "
                "الخبز."
            ),
            (
                "Dattes dénoyautées et broyées, sans sucre ajouté. Pour fourrer les makrout et "
                "les gâteaux, ou à manger sur du pain."
            ),
            "ⴰⵎⵍⵓ ⵏ ⵜⵉⵢⵏⵉ ⵙⴳ ⴰⵔⴼⵓⴷ.",
        ),
        "labels": ["odco-quality"],
        "grouping": "atlas-draa-solidaire",
    },
    {
        "sku": "OAS-CREME-250",
        "supplier": "oasis-erfoud-dattes",
        "category": "spreads",
        "price": Decimal("45.00"),
        "stock": 18,
        "unit": "pot 250 g",
        "weight_grams": 420,
        "featured": False,
        "names": _names(
            "كريمة التمر باللوز",
            "Crème de dattes aux amandes",
            "ⴰⵎⵍⵓ ⵏ ⵜⵉⵢⵏⵉ ⴷ ⵍⵍⵓⵣ",
        ),
        "descriptions": _names(
            (
                "تمر مطحون ناعما مع اللوز المحمص وحبات السمسم، قوامه لين يدهن بسهولة، وهو بديل "
                "طبيعي عن المربى."
            ),
            (
                "Dattes finement broyées avec des amandes grillées et du sésame : une pâte souple "
                "qui se tartine facilement, alternative naturelle à la confiture."
            ),
            "ⴰⵎⵍⵓ ⵏ ⵜⵉⵢⵏⵉ ⴷ ⵍⵍⵓⵣ ⵙⴳ ⴰⵔⴼⵓⴷ.",
        ),
        "labels": ["odco-quality"],
        "grouping": "atlas-draa-solidaire",
    },
]

FOOD_PRODUCTS = _ARGAN + _OLIVE_OIL + _HONEY + _COUSCOUS + _SAFFRON + _SPICES + _DATES + _SPREADS
