"""Demo craft products: cosmetics, carpets, pottery, basketry and leather."""

from decimal import Decimal


def _names(ar: str, fr: str, zgh: str) -> dict[str, str]:
    return {"ar": ar, "fr": fr, "zgh": zgh}


CRAFT_PRODUCTS = [
    # --- cosmetics -----------------------------------------------------------------------
    {
        # Same row as TIF-ARG-COS in examples/products.csv (zgh description added here).
        "sku": "TIF-ARG-COS",
        "supplier": "tifaout-argan",
        "category": "cosmetics",
        "price": Decimal("95.50"),
        "stock": 25,
        "unit": "bottle 100 ml",
        "weight_grams": 210,
        "featured": False,
        "names": _names(
            "زيت الأركان التجميلي",
            "Huile d'argan cosmétique",
            "ⵍⵣⵉⵜ ⵏ ⵡⴰⵔⴳⴰⵏ ⵉ ⵓⵣⵡⵓⵍ",
        ),
        "descriptions": _names(
            "زيت أركان غير محمص للبشرة والشعر",
            "Huile d'argan non torréfiée pour la peau et les cheveux",
            "ⵍⵣⵉⵜ ⵏ ⵡⴰⵔⴳⴰⵏ ⵉ ⵢⵉⵍⵎ ⴷ ⵓⵣⵣⴰⵔ.",
        ),
        "labels": ["igp-argane"],
        "grouping": "souss-solidaire",
    },
    {
        "sku": "TIF-SAV-ARG",
        "supplier": "tifaout-argan",
        "category": "cosmetics",
        "price": Decimal("35.00"),
        "stock": 60,
        "unit": "pain 100 g",
        "weight_grams": 115,
        "featured": False,
        "names": _names(
            "صابون طبيعي بزيت الأركان",
            "Savon artisanal à l'huile d'argan",
            "ⵚⵚⴰⴱⵓⵏ ⵏ ⵡⴰⵔⴳⴰⵏ",
        ),
        "descriptions": _names(
            "صابون مصنوع بالتصبين على البارد من طرف نساء التعاونية، بزيت الأركان وزيت الزيتون. "
            "لطيف على الوجه والجسم، ويترك ليجف بين استعمالين.",
            "Savon saponifié à froid par les femmes de la coopérative, à base d'huile d'argan et "
            "d'huile d'olive. Doux pour le visage et le corps ; le laisser sécher entre deux "
            "usages.",
            "ⵚⵚⴰⴱⵓⵏ ⵙ ⵍⵣⵉⵜ ⵏ ⵡⴰⵔⴳⴰⵏ, ⵉⵜⵜⵓⵙⴽⴰⵔ ⵙ ⵓⴼⵓⵙ ⴳ ⵜⴰⵔⵓⴷⴰⵏⵜ.",
        ),
        "labels": ["odco-quality"],
        "grouping": "souss-solidaire",
    },
    {
        "sku": "TIF-SAV-NOIR",
        "supplier": "tifaout-argan",
        "category": "cosmetics",
        "price": Decimal("45.00"),
        "stock": 35,
        "unit": "pot 250 g",
        "weight_grams": 290,
        "featured": False,
        "names": _names(
            "الصابون البلدي الأسود بزيت الأركان",
            "Savon noir beldi à l'argan",
            "ⵚⵚⴰⴱⵓⵏ ⴰⴱⵔⴽⴰⵏ ⵏ ⵡⴰⵔⴳⴰⵏ",
        ),
        "descriptions": _names(
            "صابون أسود تقليدي محضر من الزيتون الأسود ومدعم بزيت الأركان. يوضع على البشرة "
            "المبللة في الحمام ثم يشطف قبل الحك بكيس الحمام.",
            "Pâte de savon noir traditionnel préparée à partir d'olives noires et enrichie en "
            "huile d'argan. À appliquer au hammam sur la peau humide, puis à rincer avant le "
            "gommage au gant kessa.",
            "ⵚⵚⴰⴱⵓⵏ ⴰⴱⵔⴽⴰⵏ ⵉ ⵍⵃⵎⵎⴰⵎ, ⵙ ⵍⵣⵉⵜ ⵏ ⵡⴰⵔⴳⴰⵏ.",
        ),
        "labels": ["odco-quality"],
        "grouping": "souss-solidaire",
    },
    {
        "sku": "BER-EAU-ROSE",
        "supplier": "berkane-aromatiques",
        "category": "cosmetics",
        "price": Decimal("55.00"),
        "stock": 48,
        "unit": "flacon 250 ml",
        "weight_grams": 370,
        "featured": False,
        "names": _names("ماء الورد المقطر", "Eau de rose distillée", "ⴰⵎⴰⵏ ⵏ ⵍⵡⵔⴷ"),
        "descriptions": _names(
            "ماء زهري مستخلص بالتقطير في القطارة من براعم الورد الدمشقي، بدون كحول أو مواد "
            "حافظة. يستعمل غسولا منعشا للوجه، أو تضاف بضع قطرات منه إلى الحلويات.",
            "Eau florale obtenue par distillation à l'alambic de boutons de rose de Damas, sans "
            "alcool ni conservateur. S'utilise comme lotion tonique pour le visage, ou quelques "
            "gouttes dans les pâtisseries.",
            "ⴰⵎⴰⵏ ⵏ ⵍⵡⵔⴷ ⵙⴳ ⵜⵎⵢⴰⵡⴰⵙⵜ ⵏ ⵜⵎⵖⴰⵔⵉⵏ ⴳ ⴱⵔⴽⴰⵏ.",
        ),
        "labels": ["odco-quality"],
        "grouping": None,
    },
    {
        "sku": "BER-EAU-FLEUR",
        "supplier": "berkane-aromatiques",
        "category": "cosmetics",
        "price": Decimal("50.00"),
        "stock": 52,
        "unit": "flacon 250 ml",
        "weight_grams": 370,
        "featured": False,
        "names": _names("ماء الزهر", "Eau de fleur d'oranger", "ⴰⵎⴰⵏ ⵏ ⵍⵣⵀⵔ"),
        "descriptions": _names(
            "يقطر في فصل الربيع من زهر النارنج المقطوف من بساتين سهل تريفة. يعطر كعب الغزال "
            "والشاي وسلطة البرتقال، ويستعمل أيضا لإنعاش البشرة.",
            "Distillée au printemps à partir des fleurs de bigaradier cueillies dans les vergers "
            "de la plaine des Triffa. Parfume les cornes de gazelle, le thé et les salades "
            "d'oranges ; s'emploie aussi pour rafraîchir la peau.",
            "ⴰⵎⴰⵏ ⵏ ⵍⵣⵀⵔ ⵙⴳ ⴱⵔⴽⴰⵏ, ⵉ ⵜⵉⵔⵎⵜ ⴷ ⵢⵉⵍⵎ.",
        ),
        "labels": ["odco-quality"],
        "grouping": None,
    },
    {
        "sku": "GUE-FIG-30",
        "supplier": "guelmim-saveurs",
        "category": "cosmetics",
        "price": Decimal("320.00"),
        "stock": 18,
        "unit": "flacon 30 ml",
        "weight_grams": 110,
        "featured": True,
        "names": _names(
            "زيت بذور التين الشوكي",
            "Huile de pépins de figue de Barbarie",
            "ⵍⵣⵉⵜ ⵏ ⵓⴽⵔⵎⵓⵙ",
        ),
        "descriptions": _names(
            "زيت معصور على البارد من بذور تستخرج يدويا من ثمار التين الشوكي بمنطقة كلميم، "
            "ويتطلب اللتر الواحد قرابة طن من الثمار. تكفي بضع قطرات مساء على الوجه ومحيط "
            "العينين.",
            "Huile pressée à froid à partir des pépins extraits à la main des figues de Barbarie "
            "de la région de Guelmim ; il faut près d'une tonne de fruits pour un litre. Quelques "
            "gouttes le soir sur le visage et le contour des yeux.",
            "ⵍⵣⵉⵜ ⵏ ⵓⴽⵔⵎⵓⵙ ⵙⴳ ⴳⵍⵎⵉⵎ, ⵉ ⵓⴷⵎ.",
        ),
        "labels": ["odco-quality", "bio-maroc"],
        "grouping": "souss-solidaire",
    },
    {
        "sku": "GUE-HENNE",
        "supplier": "guelmim-saveurs",
        "category": "cosmetics",
        "price": Decimal("40.00"),
        "stock": 70,
        "unit": "sachet 250 g",
        "weight_grams": 265,
        "featured": False,
        "names": _names(
            "مسحوق الحناء الطبيعية",
            "Henné naturel en poudre",
            "ⵍⵃⵏⵏⴰ ⵏ ⴳⵍⵎⵉⵎ",
        ),
        "descriptions": _names(
            "أوراق حناء مجففة تحت الشمس ثم مطحونة طحنا ناعما، بدون إضافات أو ملونات. تخلط "
            "بالماء الدافئ أو بماء الزهر لتزيين اليدين أو لصباغة الشعر.",
            "Feuilles de henné séchées au soleil puis finement moulues, sans additif ni colorant. "
            "Mélanger à de l'eau tiède ou à de l'eau de fleur d'oranger pour les mains et les "
            "cheveux.",
            "ⵍⵃⵏⵏⴰ ⵉ ⵢⵉⴼⴰⵙⵙⵏ ⴷ ⵓⵣⵣⴰⵔ.",
        ),
        "labels": ["odco-quality"],
        "grouping": "souss-solidaire",
    },
    # --- carpets -------------------------------------------------------------------------
    {
        "sku": "ZER-TAZ-120",
        "supplier": "zerbia-tazenakht",
        "category": "carpets",
        "price": Decimal("4200.00"),
        "stock": 3,
        "unit": "pièce 120×180 cm",
        "weight_grams": 5800,
        "featured": True,
        "names": _names(
            "زربية تازناخت معقودة يدويا",
            "Tapis de Tazenakht noué main",
            "ⵜⴰⵣⵔⴱⵉⵢⵜ ⵏ ⵜⴰⵣⵏⴰⵅⵜ",
        ),
        "descriptions": _names(
            "زربية من صوف الغنم المغزول يدويا، مصبوغة بالحناء والفوة والزعفران، عقدتها نساجات "
            "التعاونية على منسج عمودي. يتطلب هذا الحجم نحو شهرين من العمل، وزخارفها الهندسية "
            "خاصة بمنطقة تازناخت.",
            "Tapis en laine de mouton filée à la main, teinte au henné, à la garance et au "
            "safran, noué par les tisserandes de la coopérative sur un métier vertical. Environ "
            "deux mois de travail pour cette taille ; motifs géométriques propres à la région "
            "de Tazenakht.",
            "ⵜⴰⵣⵔⴱⵉⵢⵜ ⵏ ⵜⴹⵓⴼⵜ, ⵜⵜⵓⵙⴽⴰⵔ ⵙ ⵓⴼⵓⵙ ⴳ ⵜⴰⵣⵏⴰⵅⵜ.",
        ),
        "labels": ["odco-quality", "fair-trade"],
        "grouping": "atlas-draa-solidaire",
    },
    {
        "sku": "ZER-AKH-100",
        "supplier": "zerbia-tazenakht",
        "category": "carpets",
        "price": Decimal("3100.00"),
        "stock": 2,
        "unit": "pièce 100×150 cm",
        "weight_grams": 3200,
        "featured": False,
        "names": _names("زربية أخنيف", "Tapis Akhnif", "ⵜⴰⵣⵔⴱⵉⵢⵜ ⵏ ⵓⵅⵏⵉⴼ"),
        "descriptions": _names(
            "نسيج مستوحى من الأخنيف، البرنس الصوفي الأسود لرجال آيت واوزكيت، بزخرفته البرتقالية "
            "الكبيرة على شكل عين. صوف طبيعي منسوج ومعقود يدويا، يفرش على الأرض أو يعلق على "
            "الحائط.",
            "Tissage inspiré de l'akhnif, la cape de laine noire des hommes des Aït Ouaouzguite, "
            "avec son grand motif orange en forme d'œil. Laine naturelle tissée et nouée à la "
            "main, à poser au sol ou à accrocher au mur.",
            "ⵜⴰⵣⵔⴱⵉⵢⵜ ⵏ ⵓⵅⵏⵉⴼ, ⵜⵜⵓⵙⴽⴰⵔ ⵙ ⵓⴼⵓⵙ ⴳ ⵜⵎⵢⴰⵡⴰⵙⵜ ⵏ ⵜⵎⵖⴰⵔⵉⵏ.",
        ),
        "labels": ["odco-quality"],
        "grouping": "atlas-draa-solidaire",
    },
    {
        "sku": "ZER-TAZ-200",
        "supplier": "zerbia-tazenakht",
        "category": "carpets",
        "price": Decimal("11500.00"),
        "stock": 1,
        "unit": "pièce 200×300 cm",
        "weight_grams": 16000,
        "featured": False,
        "names": _names(
            "زربية كبيرة من تازناخت",
            "Grand tapis de Tazenakht",
            "ⵜⴰⵣⵔⴱⵉⵢⵜ ⵜⴰⵎⵇⵇⵔⴰⵏⵜ ⵏ ⵜⴰⵣⵏⴰⵅⵜ",
        ),
        "descriptions": _names(
            "قطعة للصالون عقدتها أربع نساجات خلال خمسة أشهر، من صوف مصبوغ بالنباتات بدرجات "
            "الأحمر والمغرة والزعفراني. تسلم ملفوفة مع شهادة من التعاونية تحمل أسماء النساجات.",
            "Pièce de salon nouée par quatre tisserandes en cinq mois, en laine teinte aux "
            "plantes dans des tons de rouge, d'ocre et de safran. Livrée roulée, avec un "
            "certificat de la coopérative portant le nom des tisserandes.",
            "ⵜⴰⵣⵔⴱⵉⵢⵜ ⵜⴰⵎⵇⵇⵔⴰⵏⵜ ⵏ ⵜⴹⵓⴼⵜ, ⵜⵜⵓⵙⴽⴰⵔ ⵙ ⵓⴼⵓⵙ ⴳ ⵜⴰⵣⵏⴰⵅⵜ.",
        ),
        "labels": ["odco-quality", "fair-trade"],
        "grouping": "atlas-draa-solidaire",
    },
    {
        "sku": "ZER-TAZ-060",
        "supplier": "zerbia-tazenakht",
        "category": "carpets",
        "price": Decimal("1150.00"),
        "stock": 7,
        "unit": "pièce 60×90 cm",
        "weight_grams": 1500,
        "featured": False,
        "names": _names(
            "زربية صغيرة من تازناخت",
            "Petit tapis de Tazenakht",
            "ⵜⴰⵣⵔⴱⵉⵢⵜ ⵜⴰⵎⵥⵥⵢⴰⵏⵜ ⵏ ⵜⴰⵣⵏⴰⵅⵜ",
        ),
        "descriptions": _names(
            "قطعة صغيرة معقودة يدويا بنفس الصوف المصبوغ بالنباتات المستعمل في الزرابي الكبيرة. "
            "تصلح بجانب السرير أو عند المدخل أو سجادة للصلاة.",
            "Petit format noué main avec les mêmes laines teintes aux plantes que les grands "
            "tapis. En descente de lit, dans une entrée ou comme tapis de prière.",
            "ⵜⴰⵣⵔⴱⵉⵢⵜ ⵜⴰⵎⵥⵥⵢⴰⵏⵜ ⵏ ⵜⴹⵓⴼⵜ, ⵜⵜⵓⵙⴽⴰⵔ ⵙ ⵓⴼⵓⵙ.",
        ),
        "labels": ["odco-quality"],
        "grouping": "atlas-draa-solidaire",
    },
    {
        "sku": "CHE-COUV-150",
        "supplier": "chefchaouen-tissage",
        "category": "carpets",
        "price": Decimal("950.00"),
        "stock": 9,
        "unit": "pièce 150×220 cm",
        "weight_grams": 2300,
        "featured": False,
        "names": _names(
            "بطانية صوفية شفشاونية منسوجة يدويا",
            "Couverture chaouni tissée main",
            "ⴰⵃⵏⴱⵍ ⵏ ⵛⴼⵛⴰⵡⵏ",
        ),
        "descriptions": _names(
            "بطانية من صوف جبال الريف منسوجة على منسج أفقي بشفشاون، بخطوط بيضاء وزرقاء. تغسل "
            "باليد بالماء البارد.",
            "Couverture en laine des montagnes du Rif, tissée sur métier horizontal à "
            "Chefchaouen, à rayures blanches et bleues. Lavage à la main à l'eau froide.",
            "ⴰⵃⵏⴱⵍ ⵏ ⵜⴹⵓⴼⵜ, ⵉⵜⵜⵓⵙⴽⴰⵔ ⵙ ⵓⴼⵓⵙ ⴳ ⵛⴼⵛⴰⵡⵏ.",
        ),
        "labels": ["odco-quality"],
        "grouping": "nord-solidaire",
    },
    {
        "sku": "CHE-HAN-140",
        "supplier": "chefchaouen-tissage",
        "category": "carpets",
        "price": Decimal("1600.00"),
        "stock": 0,
        "unit": "pièce 140×200 cm",
        "weight_grams": 3000,
        "featured": False,
        "names": _names(
            "حنبل جبلي منسوج يدويا",
            "Tapis jebli tissé main (hanbel)",
            "ⵜⴰⵣⵔⴱⵉⵢⵜ ⵏ ⵛⴼⵛⴰⵡⵏ",
        ),
        "descriptions": _names(
            "زربية مسطحة بوجهين نسجتها نساء التعاونية بالصوف المحلي وأشرطة من القطن، بألوان "
            "الأحمر والأبيض المميزة لمنسوجات جبالة. تفرش على الأرض أو تلقى على الأريكة.",
            "Tapis plat réversible tissé par les femmes de la coopérative avec de la laine locale "
            "et des bandes de coton, dans les rouges et blancs des tissages jbala. Au sol, ou "
            "en jeté sur une banquette.",
            "ⵜⴰⵣⵔⴱⵉⵢⵜ ⵏ ⵜⴹⵓⴼⵜ, ⵜⵜⵓⵙⴽⴰⵔ ⵙ ⵓⴼⵓⵙ ⴳ ⵛⴼⵛⴰⵡⵏ.",
        ),
        "labels": ["odco-quality"],
        "grouping": "nord-solidaire",
    },
    # --- pottery -------------------------------------------------------------------------
    {
        "sku": "SAF-TAJ-28",
        "supplier": "safi-poterie",
        "category": "pottery",
        "price": Decimal("220.00"),
        "stock": 20,
        "unit": "pièce Ø 28 cm",
        "weight_grams": 2400,
        "featured": True,
        "names": _names("طاجين الطبخ من آسفي", "Tajine de cuisson de Safi", "ⵜⴰⵊⵉⵏ ⵏ ⵜⵍⴰⵅⵜ"),
        "descriptions": _names(
            "طاجين من طين آسفي الأحمر، مشكل على دولاب الخزاف ومطهو في فرن الحطب بالورشة، "
            "ومطلي من الداخل فقط. ينقع في الماء ليلة كاملة قبل أول استعمال، ثم يطهى فيه على "
            "نار هادئة فوق حاجز للحرارة.",
            "Tajine en terre rouge de Safi, tourné et cuit au four à bois dans l'atelier, émaillé "
            "à l'intérieur seulement. Le laisser tremper une nuit avant la première utilisation, "
            "puis cuire à feu doux sur un diffuseur.",
            "ⵜⴰⵊⵉⵏ ⵏ ⵜⵍⴰⵅⵜ ⵙⴳ ⴰⵙⴼⵉ, ⵙ ⵓⴼⵓⵙ.",
        ),
        "labels": [],
        "grouping": None,
    },
    {
        "sku": "SAF-TAJ-DEC",
        "supplier": "safi-poterie",
        "category": "pottery",
        "price": Decimal("360.00"),
        "stock": 6,
        "unit": "pièce Ø 30 cm",
        "weight_grams": 2700,
        "featured": False,
        "names": _names(
            "طاجين التقديم المزخرف يدويا",
            "Tajine de service peint main",
            "ⵜⴰⵊⵉⵏ ⵜⴰⵣⴳⵣⴰⵡⵜ ⵏ ⴰⵙⴼⵉ",
        ),
        "descriptions": _names(
            "طاجين مطلي ومزخرف بالفرشاة بالنقوش الزرقاء والخضراء المميزة لتل الفخارين بآسفي. "
            "مخصص للتقديم على المائدة ولا يوضع على النار.",
            "Tajine émaillé, décoré au pinceau des motifs bleus et verts typiques de la colline "
            "des potiers de Safi. Pour servir à table ; ne va pas sur le feu.",
            "ⵜⴰⵊⵉⵏ ⵏ ⵜⵍⴰⵅⵜ ⵙⴳ ⴰⵙⴼⵉ, ⵉ ⵜⵉⵔⵎⵜ.",
        ),
        "labels": [],
        "grouping": None,
    },
    {
        "sku": "SAF-ASS-6",
        "supplier": "safi-poterie",
        "category": "pottery",
        "price": Decimal("480.00"),
        "stock": 10,
        "unit": "lot de 6 pièces",
        "weight_grams": 4300,
        "featured": False,
        "names": _names(
            "طقم من 6 صحون من آسفي",
            "Lot de 6 assiettes de Safi",
            "ⵜⵉⴱⵙⵉⵍⵉⵏ ⵏ ⴰⵙⴼⵉ",
        ),
        "descriptions": _names(
            "صحون قطرها 26 سم مطلية بطلاء أبيض خال من الرصاص ومزخرفة يدويا بوردة زرقاء، وكل "
            "قطعة تختلف قليلا عن الأخرى. تغسل في آلة غسل الأواني بحرارة منخفضة ولا توضع في "
            "الميكروويف.",
            "Assiettes de 26 cm à l'émail blanc sans plomb, décorées à la main d'une rosace "
            "bleue : chaque pièce est légèrement différente. Lave-vaisselle à basse température ; "
            "pas de micro-ondes.",
            "6 ⵜⴱⵙⵉⵍⵉⵏ ⵏ ⵜⵍⴰⵅⵜ ⵙⴳ ⴰⵙⴼⵉ, ⵙ ⵓⴼⵓⵙ.",
        ),
        "labels": [],
        "grouping": None,
    },
    {
        "sku": "SAF-BOL-3",
        "supplier": "safi-poterie",
        "category": "pottery",
        "price": Decimal("150.00"),
        "stock": 15,
        "unit": "lot de 3 pièces",
        "weight_grams": 1100,
        "featured": False,
        "names": _names(
            "طقم من 3 أوعية خزفية من آسفي",
            "Lot de 3 bols de Safi",
            "ⵜⵉⵣⵍⴰⴼⵉⵏ ⵏ ⴰⵙⴼⵉ",
        ),
        "descriptions": _names(
            "أوعية بقطر 14 سم للحريرة أو الزيتون أو وجبة الفطور، مطلية بطلاء خال من الرصاص "
            "ومزينة بنقوش خضراء وزرقاء.",
            "Bols de 14 cm pour la harira, les olives ou le petit-déjeuner, à l'émail sans plomb "
            "peint de motifs verts et bleus.",
            "3 ⵜⵣⵍⴰⴼⵉⵏ ⵏ ⵜⵍⴰⵅⵜ ⵉ ⵓⵙⴽⵉⴼ.",
        ),
        "labels": [],
        "grouping": None,
    },
    {
        "sku": "SAF-PLA-35",
        "supplier": "safi-poterie",
        "category": "pottery",
        "price": Decimal("320.00"),
        "stock": 4,
        "unit": "pièce Ø 35 cm",
        "weight_grams": 2600,
        "featured": False,
        "names": _names(
            "طبق كبير مقعر من آسفي",
            "Grand plat creux de Safi",
            "ⵜⴰⵣⵍⴰⴼⵜ ⵜⴰⵎⵇⵇⵔⴰⵏⵜ ⵏ ⴰⵙⴼⵉ",
        ),
        "descriptions": _names(
            "طبق كبير مقعر لتقديم كسكس الجمعة أو السلطة، زخرفه الحرفي بالفرشاة بنجمة ثمانية "
            "الرؤوس. يستحسن غسله باليد.",
            "Grand plat creux pour servir le couscous du vendredi ou une salade, décoré au "
            "pinceau par l'artisan d'une étoile à huit branches. Lavage à la main conseillé.",
            "ⵜⴰⵣⵍⴰⴼⵜ ⵜⴰⵎⵇⵇⵔⴰⵏⵜ ⵏ ⵜⵍⴰⵅⵜ ⵉ ⵙⴽⵙⵓ.",
        ),
        "labels": [],
        "grouping": None,
    },
    # --- basketry ------------------------------------------------------------------------
    {
        "sku": "SAL-PAN-DOUM",
        "supplier": "sale-vannerie",
        "category": "basketry",
        "price": Decimal("120.00"),
        "stock": 25,
        "unit": "pièce",
        "weight_grams": 450,
        "featured": False,
        "names": _names(
            "قفة السوق من الدوم",
            "Panier de marché en doum",
            "ⵜⴰⵙⵍⵉⵍⵜ ⵏ ⵓⵙⵡⴰⵇ",
        ),
        "descriptions": _names(
            "قفة متينة مضفورة في سلا من سعف نخيل الدوم، بمقبضين مبطنين بالجلد. تصلح للتسوق "
            "والشاطئ ولترتيب الملابس.",
            "Couffin solide tressé à Salé en feuilles de palmier doum, avec deux anses doublées "
            "de cuir. Pour le marché, la plage ou le rangement du linge.",
            "ⵜⴰⵙⵍⵉⵍⵜ ⵏ ⵓⵙⵡⴰⵇ, ⵜⵜⵓⵙⴽⴰⵔ ⵙ ⵓⴼⵓⵙ ⴳ ⵙⵍⴰ.",
        ),
        "labels": [],
        "grouping": "nord-solidaire",
    },
    {
        "sku": "SAL-COR-3",
        "supplier": "sale-vannerie",
        "category": "basketry",
        "price": Decimal("150.00"),
        "stock": 30,
        "unit": "lot de 3 pièces",
        "weight_grams": 550,
        "featured": False,
        "names": _names(
            "طقم من 3 سلال للخبز",
            "Lot de 3 corbeilles à pain",
            "ⵜⵉⵙⵍⵉⵍⵉⵏ ⵏ ⵓⵖⵔⵓⵎ",
        ),
        "descriptions": _names(
            "سلال مستديرة متداخلة (20 و25 و30 سم) مضفورة بشكل حلزوني من الدوم والرافية "
            "الملونة. للخبز أو الفواكه أو الأغراض الصغيرة.",
            "Corbeilles rondes emboîtables (20, 25 et 30 cm) tressées en spirale de doum et de "
            "raphia coloré. Pour le pain, les fruits ou les petits objets.",
            "3 ⵜⵙⵍⵉⵍⵉⵏ ⵉ ⵓⵖⵔⵓⵎ, ⵜⵜⵓⵙⴽⴰⵔⵏⵜ ⵙ ⵓⴼⵓⵙ ⴳ ⵙⵍⴰ.",
        ),
        "labels": [],
        "grouping": "nord-solidaire",
    },
    {
        "sku": "SAL-NAT-120",
        "supplier": "sale-vannerie",
        "category": "basketry",
        "price": Decimal("340.00"),
        "stock": 8,
        "unit": "pièce 120×180 cm",
        "weight_grams": 2800,
        "featured": False,
        "names": _names("حصير سلا من السمار", "Natte en jonc de Salé", "ⴰⴳⵔⵜⵉⵍ ⵏ ⵙⵍⴰ"),
        "descriptions": _names(
            "حصير منسوج على المنسج من السمار المجني من المناطق الرطبة بالغرب، مع خيوط صوفية "
            "ملونة وفق حرفة الحصارة بسلا. يفرش في الصالون أو على السطح أو تحت الخيمة.",
            "Natte tissée sur métier en jonc (smar) récolté dans les zones humides du Gharb, avec "
            "des fils de laine colorés, selon le savoir-faire des nattiers de Salé. Pour un "
            "salon, une terrasse ou sous une tente.",
            "ⴰⴳⵔⵜⵉⵍ ⵉⵜⵜⵓⵙⴽⴰⵔ ⵙ ⵓⴼⵓⵙ ⴳ ⵙⵍⴰ.",
        ),
        "labels": [],
        "grouping": "nord-solidaire",
    },
    {
        "sku": "CHE-CHAP",
        "supplier": "chefchaouen-tissage",
        "category": "basketry",
        "price": Decimal("180.00"),
        "stock": 14,
        "unit": "pièce",
        "weight_grams": 350,
        "featured": False,
        "names": _names(
            "قبعة جبلية من الدوم (ترازة)",
            "Chapeau jebli en paille de doum",
            "ⵜⴰⵔⴰⵣⵣⴰ ⵏ ⵛⴼⵛⴰⵡⵏ",
        ),
        "descriptions": _names(
            "قبعة عريضة الحواف مضفورة من الدوم ومزينة بكريات من الصوف، تلبسها نساء جبالة في "
            "الحقول. تصنعها يدويا نساء التعاونية بشفشاون، وتصلح للزينة على الحائط أو للوقاية "
            "من الشمس.",
            "Chapeau à large bord tressé en doum et orné de pompons de laine, porté par les "
            "femmes des Jbala pour travailler aux champs. Fait main par les femmes de la "
            "coopérative ; en décoration murale ou contre le soleil.",
            "ⵜⴰⵔⴰⵣⵣⴰ ⵜⵜⵓⵙⴽⴰⵔ ⵙ ⵓⴼⵓⵙ ⴳ ⵛⴼⵛⴰⵡⵏ.",
        ),
        "labels": ["odco-quality"],
        "grouping": "nord-solidaire",
    },
    {
        "sku": "LAA-PAN-PALM",
        "supplier": "laayoune-artisanat",
        "category": "basketry",
        "price": Decimal("260.00"),
        "stock": 6,
        "unit": "pièce",
        "weight_grams": 700,
        "featured": False,
        "names": _names(
            "سلة بغطاء من سعف النخيل",
            "Panier à couvercle en palme",
            "ⵜⴰⵙⵍⵉⵍⵜ ⵏ ⵜⵣⴷⴰⵢⵜ",
        ),
        "descriptions": _names(
            "سلة مستديرة بغطاء مخروطي، مضفورة بشكل حلزوني من سعف النخيل ومخيطة بسيور من الجلد "
            "المصبوغ وفق التقاليد الصحراوية. لحفظ الخبز أو التمر أو التوابل.",
            "Panier rond à couvercle conique, tressé en spirale de palmes de dattier et cousu de "
            "lanières de cuir teint, selon la tradition sahraouie. Pour garder le pain, les "
            "dattes ou les épices.",
            "ⵜⴰⵙⵍⵉⵍⵜ ⵏ ⵜⵣⴷⴰⵢⵜ ⴷ ⵓⵍⵎ, ⵙⴳ ⵍⵄⵢⵓⵏ.",
        ),
        "labels": ["odco-quality"],
        "grouping": None,
    },
    # --- leather -------------------------------------------------------------------------
    {
        "sku": "FES-BAB-40",
        "supplier": "fes-cuir",
        "category": "leather",
        "price": Decimal("290.00"),
        "stock": 22,
        "unit": "paire (pointure 40)",
        "weight_grams": 550,
        "featured": True,
        "names": _names(
            "بلغة فاسية من الجلد الأصفر",
            "Babouches de Fès en cuir jaune",
            "ⵉⴷⵓⴽⴰⵏ ⵏ ⴼⴰⵙ",
        ),
        "descriptions": _names(
            "بلغة مخيطة يدويا بفاس من جلد الماعز المدبوغ في دور الدباغة التقليدية، بنعل من جلد "
            "البقر. يلين الجلد ويكتسب لمعانا مع الاستعمال.",
            "Babouches cousues main à Fès en cuir de chèvre tanné dans les tanneries "
            "traditionnelles, semelle en cuir de vache. Le cuir s'assouplit et se patine à "
            "l'usage.",
            "ⵉⴷⵓⴽⴰⵏ ⵏ ⵓⵍⵎ, ⵜⵜⵓⵙⴽⴰⵔⵏ ⵙ ⵓⴼⵓⵙ ⴳ ⴼⴰⵙ.",
        ),
        "labels": [],
        "grouping": "nord-solidaire",
    },
    {
        "sku": "FES-POUF-50",
        "supplier": "fes-cuir",
        "category": "leather",
        "price": Decimal("850.00"),
        "stock": 4,
        "unit": "pièce Ø 50 cm",
        "weight_grams": 1700,
        "featured": False,
        "names": _names("بوف جلدي مطرز", "Pouf en cuir brodé", "ⴰⴱⵓⴼ ⵏ ⵓⵍⵎ"),
        "descriptions": _names(
            "بوف دائري من جلد الماعز، مطرز بخيوط الحرير بزخارف فاسية. يسلم فارغا ومطويا، ويملأ "
            "بملابس قديمة أو بقايا الأثواب.",
            "Pouf rond en cuir de chèvre, brodé au fil de soie de motifs fassis. Livré vide et à "
            "plat : le remplir de vieux vêtements ou de chutes de tissu.",
            "ⴰⴱⵓⴼ ⵏ ⵓⵍⵎ ⵙⴳ ⴼⴰⵙ, ⵉⵜⵜⵓⵙⴽⴰⵔ ⵙ ⵓⴼⵓⵙ.",
        ),
        "labels": [],
        "grouping": "nord-solidaire",
    },
    {
        "sku": "FES-SAC-CAB",
        "supplier": "fes-cuir",
        "category": "leather",
        "price": Decimal("650.00"),
        "stock": 5,
        "unit": "pièce",
        "weight_grams": 850,
        "featured": False,
        "names": _names("حقيبة يد جلدية كبيرة", "Sac cabas en cuir", "ⵜⴰⵇⵔⴰⴱⵜ ⵏ ⵓⵍⵎ"),
        "descriptions": _names(
            "حقيبة كبيرة من جلد البقر المدبوغ نباتيا، مبطنة بالقطن وفيها جيب داخلي بسحاب. "
            "مقصوصة ومخيطة يدويا في ورشة بالمدينة القديمة لفاس.",
            "Cabas en cuir de vache au tannage végétal, doublé de coton, avec une poche "
            "intérieure zippée. Coupé et cousu à la main dans un atelier de la médina de Fès.",
            "ⵜⴰⵇⵔⴰⴱⵜ ⵏ ⵓⵍⵎ, ⵜⵜⵓⵙⴽⴰⵔ ⵙ ⵓⴼⵓⵙ ⴳ ⴼⴰⵙ.",
        ),
        "labels": [],
        "grouping": "nord-solidaire",
    },
    {
        "sku": "LAA-TAS-SAC",
        "supplier": "laayoune-artisanat",
        "category": "leather",
        "price": Decimal("900.00"),
        "stock": 1,
        "unit": "pièce",
        "weight_grams": 1200,
        "featured": False,
        "names": _names(
            "حقيبة صحراوية من الجلد (تاسوفرا)",
            "Sac sahraoui en cuir (tassoufra)",
            "ⵜⴰⵇⵔⴰⴱⵜ ⵜⴰⵚⵃⵔⴰⵡⵉⵜ",
        ),
        "descriptions": _names(
            "حقيبة سفر كبيرة من جلد الماعز المصبوغ، مقصوصة ومطرزة بزخارف هندسية على يد حرفيي "
            "التعاونية بالعيون. كانت تعلق تقليديا داخل الخيمة لحفظ الأغراض الشخصية.",
            "Grand sac de voyage en cuir de chèvre teint, découpé, appliqué et brodé de motifs "
            "géométriques par les artisans de la coopérative à Laâyoune. Traditionnellement "
            "suspendu dans la tente pour ranger les effets personnels.",
            "ⵜⴰⵇⵔⴰⴱⵜ ⵏ ⵓⵍⵎ, ⵜⵜⵓⵙⴽⴰⵔ ⵙ ⵓⴼⵓⵙ ⴳ ⵍⵄⵢⵓⵏ.",
        ),
        "labels": ["odco-quality"],
        "grouping": None,
    },
    {
        "sku": "LAA-COUS-45",
        "supplier": "laayoune-artisanat",
        "category": "leather",
        "price": Decimal("480.00"),
        "stock": 7,
        "unit": "housse 45×45 cm",
        "weight_grams": 700,
        "featured": False,
        "names": _names(
            "وسادة صحراوية من الجلد",
            "Coussin sahraoui en cuir",
            "ⵜⴰⵙⵓⵎⵜⴰ ⵏ ⵓⵍⵎ",
        ),
        "descriptions": _names(
            "غلاف وسادة من جلد الماعز مرسوم يدويا ومرصع بزخارف من الجلد المصبوغ، يغلق بأربطة. "
            "يسلم بدون حشوة.",
            "Housse de coussin en cuir de chèvre peint à la main et incrusté de motifs en cuir "
            "teint, fermée par des lacets. Livrée sans garnissage.",
            "ⵜⴰⵙⵓⵎⵜⴰ ⵏ ⵓⵍⵎ ⵙⴳ ⵍⵄⵢⵓⵏ.",
        ),
        "labels": ["odco-quality"],
        "grouping": None,
    },
]
