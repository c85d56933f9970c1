#!/usr/bin/env python3
"""Generate data/statements/cues.json from the compact tables below (run: python3 gen_cues.py).

Verbs are conjugated for the third person (the reporting forms news uses): past 3ms/3fs/3mp/3md/3fd/3fp and
present 3ms/3fs/3mp/3md/3fd/3fp, plus passive-free irregular forms listed by hand. Proclitics (و، ف) and the
particle كما are handled by the matcher, not listed here. Forms are written in ordinary spelling; the matcher
normalizes them with src/text/normalize.ts (search form) before use.
"""
import json, os

# lemma, past 3ms, present stem (after the prefix ي/ت), object behaviour, prepositions, type, flags
# object: "complement" = needs أن/إن, a colon or a quote; "np" = may take a noun-phrase content
# (after one of `preps` when given).  flags: "ambiguous" = only with أن/إن, colon or quote.
VERBS = [
    ("قال", ["قال", "قالت", "قالوا", "قالا", "قالتا", "قلن"], ["يقول", "تقول", "يقولون", "يقولان", "تقولان", "يقلن"], "complement", [], "claim", []),
    ("أكد", None, "ؤكد", "np", ["على"], "claim", ["directObject"]),
    ("أضاف", ["أضاف", "أضافت", "أضافوا", "أضافا", "أضافتا", "أضفن"], ["يضيف", "تضيف", "يضيفون", "يضيفان", "تضيفان"], "complement", [], "claim", []),
    ("أشار", ["أشار", "أشارت", "أشاروا", "أشارا", "أشارتا", "أشرن"], ["يشير", "تشير", "يشيرون", "يشيران", "تشيران"], "np", ["إلى", "الى"], "claim", []),
    ("أوضح", None, "وضح", "complement", [], "claim", []),
    ("بين", None, "بين", "complement", [], "claim", ["ambiguous"]),
    ("لفت", None, "لفت", "np", ["إلى", "الى"], "claim", ["ambiguous"]),
    ("شدد", None, "شدد", "np", ["على"], "claim", []),
    ("نفى", ["نفى", "نفت", "نفوا", "نفيا", "نفتا"], ["ينفي", "تنفي", "ينفون", "ينفيان", "تنفيان"], "np", [], "denial", []),
    ("أعلن", None, "علن", "np", ["عن"], "claim", ["directObject"]),
    ("صرح", None, "صرح", "complement", [], "claim", []),
    ("ذكر", None, "ذكر", "complement", [], "claim", ["ambiguous"]),
    ("تابع", None, "تابع", "complement", [], "claim", ["ambiguous"]),
    ("أردف", None, "ردف", "complement", [], "claim", []),
    ("ختم", None, "ختم", "complement", [], "claim", ["ambiguous"]),
    ("اختتم", None, "ختتم", "complement", [], "claim", ["ambiguous"]),
    ("اعتبر", None, "عتبر", "complement", [], "claim", ["ambiguous"]),
    ("رأى", ["رأى", "رأت", "رأوا", "رأيا", "رأتا"], ["يرى", "ترى", "يرون", "يريان", "تريان"], "complement", [], "claim", ["ambiguous"]),
    ("حذر", None, "حذر", "np", ["من"], "warning", []),
    ("طالب", None, "طالب", "np", ["ب"], "demand", ["addressee"]),
    ("دعا", ["دعا", "دعت", "دعوا", "دعتا"], ["يدعو", "تدعو", "يدعون", "يدعوان", "تدعوان"], "np", ["إلى", "الى"], "demand", ["prayer", "addressee", "directObject"]),
    ("وعد", None, None, "complement", [], "promise", []),
    ("توعد", None, "توعد", "np", [], "warning", []),
    ("هدد", None, "هدد", "np", ["ب"], "warning", []),
    ("اتهم", None, "تهم", "np", [], "accusation", []),
    ("أدان", ["أدان", "أدانت", "أدانوا", "أدانا", "أدانتا", "دان", "دانت", "دانوا"], ["يدين", "تدين", "يدينون", "يدينان", "تدينان"], "np", [], "condemnation", []),
    ("استنكر", None, "ستنكر", "np", [], "condemnation", []),
    ("شجب", None, "شجب", "np", [], "condemnation", []),
    ("كشف", None, "كشف", "np", ["عن"], "claim", []),
    ("أفاد", ["أفاد", "أفادت", "أفادوا", "أفادا", "أفادتا"], ["يفيد", "تفيد", "يفيدون", "يفيدان", "تفيدان"], "complement", [], "claim", []),
    ("نقل", None, "نقل", "complement", [], "claim", ["relay"]),
    ("أعرب", None, "عرب", "np", ["عن"], "claim", []),
    ("أبدى", ["أبدى", "أبدت", "أبدوا", "أبديا", "أبدتا"], ["يبدي", "تبدي", "يبدون", "يبديان", "تبديان"], "np", [], "claim", []),
    ("أشاد", ["أشاد", "أشادت", "أشادوا", "أشادا", "أشادتا"], ["يشيد", "تشيد", "يشيدون", "يشيدان", "تشيدان"], "np", ["ب"], "claim", []),
    # session 5: رحب بـ (a welcome: praise of what follows its preposition)
    ("رحب", None, "رحب", "np", ["ب"], "claim", []),
    ("نوه", None, "نوه", "np", ["ب", "عن", "إلى", "الى"], "claim", ["ambiguous"]),
    ("أثنى", ["أثنى", "أثنت", "أثنوا", "أثنيا"], ["يثني", "تثني", "يثنون", "يثنيان"], "np", ["على"], "claim", []),
    ("زعم", None, "زعم", "complement", [], "claim", []),
    ("ادعى", ["ادعى", "ادعت", "ادعوا", "ادعيا"], ["يدعي", "تدعي", "يدعون", "يدعيان"], "complement", [], "claim", []),
    ("اعترف", None, "عترف", "complement", [], "claim", []),
    ("ناشد", None, "ناشد", "np", [], "demand", []),
    ("أجمع", None, "جمع", "complement", [], "claim", ["ambiguous"]),
    ("نسب", None, "نسب", "np", [], "accusation", []),
    ("تبنى", ["تبنى", "تبنت", "تبنوا", "تبنيا"], ["يتبنى", "تتبنى", "يتبنون"], "np", [], "claim", []),
    ("أبلغ", None, "بلغ", "complement", [], "claim", []),
    ("أوضح", None, None, "complement", [], "claim", []),
    ("كتب", None, "كتب", "complement", [], "claim", ["ambiguous"]),
    ("غرد", None, "غرد", "complement", [], "claim", []),
    ("أجاب", ["أجاب", "أجابت", "أجابوا"], ["يجيب", "تجيب", "يجيبون"], "complement", [], "claim", []),
    ("رد", ["رد", "ردت", "ردوا"], ["يرد", "ترد", "يردون"], "complement", [], "claim", ["ambiguous"]),
    ("علق", None, "علق", "complement", [], "claim", ["ambiguous"]),
    ("تساءل", None, "تساءل", "np", ["عن"], "claim", []),
    ("توقع", None, "توقع", "complement", [], "claim", []),
    ("رجح", None, "رجح", "complement", [], "claim", []),
    ("استبعد", None, "ستبعد", "np", [], "claim", []),
    ("رفض", None, "رفض", "complement", [], "denial", []),
    ("اقترح", None, "قترح", "np", [], "demand", []),
    ("أوصى", ["أوصى", "أوصت", "أوصوا"], ["يوصي", "توصي", "يوصون"], "np", ["ب"], "demand", []),
    ("حث", ["حث", "حثت", "حثوا"], ["يحث", "تحث", "يحثون"], "np", ["على"], "demand", ["addressee", "directObject"]),
    ("جدد", None, "جدد", "np", [], "claim", []),
    ("وصف", None, None, "np", [], "claim", []),
    ("لاحظ", None, "لاحظ", "complement", [], "claim", []),
    ("زاد", ["زاد", "زادت"], [], "complement", [], "claim", ["ambiguous"]),
    ("يعتقد", [], ["يعتقد", "تعتقد", "يعتقدون"], "complement", [], "claim", ["ambiguous"]),
    # session 3: عبّر عن (only with its preposition: عبر is also the preposition "via"; past only: the present
    # يعبر عن is mostly "reflects"); سأل (الله) أن, a prayer (past only: يُسأل is mostly the passive "is asked"):
    # the noun phrase right after it is the addressee; تقدم بالشكر (only with one of its content heads)
    ("عبر", ["عبر", "عبرت", "عبروا", "عبرتا"], [], "np", ["عن"], "claim", ["prepOnly"]),
    ("سأل", ["سأل", "سألت", "سألوا"], [], "complement", [], "claim", ["prayer"]),
    ("تقدم", ["تقدم", "تقدمت", "تقدموا"], ["يتقدم", "تتقدم", "يتقدمون"], "np", ["ب"], "claim", ["heads"]),
    # session 4: طلب (a demand; its object is a noun phrase or بـ), دافع عن (a stated defence; only with عن)
    # (past only, and only with a verbal noun of objectHeads: تطلب is mostly "requires", طلب + NP mostly an act)
    ("طلب", None, [], "np", ["ب"], "demand", ["headOnly"]),
    # أبان (= بيّن), past only, with a complement (أبان أن) or postposed (أبان ذلك X)
    ("أبان", ["أبان", "أبانت"], [], "complement", [], "claim", ["ambiguous"]),
    ("دافع", None, "دافع", "np", ["عن"], "claim", ["prepOnly"]),
    # جاء في البيان أن / جاء في الرسالة: «...»: only with في and a document (the document is the source)
    ("جاء", ["جاء"], [], "complement", [], "claim", ["inDocument"]),
]

# present-stem overrides for verbs whose present is not prefix+stem of a regular pattern
PRESENT_EXTRA = {"وعد": [], "وصف": ["يصف", "تصف", "يصفون"], "أوضح": []}
# the present of وعد (يعد) is left out: it reads as "is considered"
# the content of a verb flagged "heads" must open with one of these words (تقدم [بالشكر ...])
HEADS = {"تقدم": ["بالشكر", "بخالص", "بالتهنئة", "بالتهاني", "بالتعازي", "بالتعزية", "بأحر", "بجزيل", "بوافر"]}
# the preposition of a participle whose verb has none in VERBS (واعدا بـ)
PARTICIPLE_PREPS = {"وعد": ["ب"], "رحب": ["ب"]}

def past_forms(p):
    # the dual X+ا is left out when X ends in ن: it reads as the first person plural (أعلنّا)
    # the masculine dual X+ا is left out: it reads as an accusative participle (طالبا) or the first person plural (أعلنّا)
    return [p, p + "ت", p + "وا", p + "تا", p + "ن"]

def present_forms(stem):
    return ["ي" + stem, "ت" + stem, "ي" + stem + "ون", "ي" + stem + "ان", "ت" + stem + "ان", "ي" + stem + "ن"]

verbs = []
seen = set()
for lemma, past, pres, obj, preps, typ, flags in VERBS:
    if lemma in seen:
        continue
    seen.add(lemma)
    pf = past if past is not None else past_forms(lemma)
    if isinstance(pres, list):
        prf = pres
    elif pres is None:
        prf = [f for f in PRESENT_EXTRA.get(lemma, [])]
        # وعد/وصف present يعد/يصف are ambiguous with other verbs: only with a complement (see flags)
    else:
        prf = present_forms(pres)
    entry = {"lemma": lemma, "forms": pf, "present": prf, "object": obj, "type": typ}
    if preps:
        entry["preps"] = preps
    if flags:
        entry["flags"] = flags
    if lemma in HEADS:
        entry["heads"] = HEADS[lemma]
    verbs.append(entry)

# circumstantial participles: lemma, masculine singular stem (written without the final alef of tanween)
PARTICIPLES = [
    ("أكد", "مؤكد", "np"), ("أشار", "مشير", "np"), ("أوضح", "موضح", "complement"), ("لفت", "لافت", "complement"),
    ("بين", "مبين", "complement"), ("أضاف", "مضيف", "complement"), ("شدد", "مشدد", "np"), ("اعتبر", "معتبر", "complement"),
    ("استدرك", "مستدرك", "complement"), ("حث", "حاث", "np"), ("قال", "قائل", "complement"), ("نوه", "منوه", "np"),
    ("حذر", "محذر", "np"), ("طالب", "مطالب", "np"), ("أعرب", "معرب", "np"), ("أشاد", "مشيد", "np"),
    ("نفى", "ناف", "np"), ("دعا", "داع", "np"), ("كشف", "كاشف", "np"), ("لفت", "لافت", "complement"),
    ("أعلن", "معلن", "np"), ("أردف", "مردف", "complement"), ("اختتم", "مختتم", "complement"), ("ختم", "خاتم", "complement"),
    ("استنكر", "مستنكر", "np"), ("جدد", "مجدد", "np"), ("متسائل", "متسائل", "complement"),
    ("ذكر", "مذكر", "complement"), ("رأى", "رائي", "complement"), ("أبدى", "مبدي", "np"), ("تابع", "متابع", "complement"),
    # session 3: استعرض only as a participle with a complement (مستعرضا أن; the verb is "reviewed"), سائلا (الله) أن,
    # واعدا بـ (a promise; only with its clitic preposition: واعد is also the adjective "promising")
    ("استعرض", "مستعرض", "complement"), ("سأل", "سائل", "complement"), ("وعد", "واعد", "complement"),
    # session 4: واصفا (ذلك) بأنه ..., only with a complement
    ("وصف", "واصف", "complement"),
    # session 5: مرحبا بـ (a welcome, like أشاد بـ), مقدرا (praise: مقدراً تجاوبهم; only the masculine forms, مقدرة is
    # the noun "ability")
    ("رحب", "مرحب", "np"), ("قدر", "مقدر", "np"),
]

def participle_forms(stem):
    if stem.endswith("ف") and stem in ("ناف",):
        return ["نافيا", "نافية", "نافين", "نافيات", "نافيين"]
    if stem == "داع":
        return ["داعيا", "داعية", "داعين", "داعيات", "داعيين"]
    if stem == "رائي":
        return ["رائيا", "رائية", "رائين"]
    if stem == "متابع":
        # متابعة is mostly the noun (follow-up): only the masculine forms
        return ["متابعا", "متابعين"]
    if stem == "مقدر":
        return ["مقدرا", "مقدرين"]
    if stem == "مبدي":
        return ["مبديا", "مبدية", "مبدين"]
    return [stem + "ا", stem + "ة", stem + "ين", stem + "ات", stem + "تين", stem + "تان", stem + "ان", stem + "ون"]

participles = []
pseen = set()
for lemma, stem, obj in PARTICIPLES:
    if stem in pseen:
        continue
    pseen.add(stem)
    lem = "تساءل" if lemma == "متسائل" else lemma
    entry = {"lemma": lem, "forms": participle_forms(stem), "object": obj}
    if lem in PARTICIPLE_PREPS:
        entry["preps"] = PARTICIPLE_PREPS[lem]
    participles.append(entry)

out = {
    "_comment": "Generated by gen_cues.py; see SOURCE.md. Forms in ordinary spelling; matched after normalization.",
    "verbs": verbs,
    "participles": participles,
    # prepositional attributions. `then`: what may follow the head word before the source NP.
    "prepositional": [
        {"lemma": "بحسب", "forms": ["بحسب", "حسب", "بحسبِ"], "then": ["ما"]},
        {"lemma": "وفق", "forms": ["وفق", "وفقا", "وفقاً", "طبقا", "طبقاً"], "then": ["ما", "لما", "ل"]},
        {"lemma": "نقلا عن", "forms": ["نقلا", "نقلاً"], "then": ["عن"]},
        # session 3: ما glued to the head (`حسبما أفاد مسؤولون`, `وفقما ذكرت`): a reporting verb follows at once
        {"lemma": "بحسب", "forms": ["حسبما", "بحسبما"], "glued": True},
        {"lemma": "وفق", "forms": ["وفقما", "طبقما"], "glued": True},
        {"lemma": "على حد تعبير", "forms": ["تعبيره", "تعبيرها", "قوله", "قولها", "وصفه", "وصفها"], "after": ["على حد"]},
    ],
    # nouns that introduce a quoted or reported content of their own (`في تصريح ...`, `قوله إن`)
    "nouns": [
        {"lemma": "قول", "forms": ["قوله", "قولها", "قولهم", "قولهما"]},
        {"lemma": "تأكيد", "forms": ["تأكيده", "تأكيدها", "تأكيدات"]},
    ],
    # complementizers: content starts after them. Pronoun-suffixed forms included.
    "complementizers": [
        "أن", "إن", "ان", "بأن", "بان", "فإن", "أنه", "إنه", "أنها", "إنها", "أنهم", "إنهم", "أنهما", "إنهما", "أننا", "إننا",
        "أنني", "إنني", "أني", "إني", "أنك", "إنك", "أنكم", "إنكم", "بأنه", "بأنها", "بأنهم", "بأننا", "فإنه", "فإنها", "فإنهم", "فإننا",
        "أنهن", "إنهن", "لأن"
    ],
    # complementizers with no pronoun: أنّ/إنّ take a noun first, so a verb right after them is in a subordinate
    # clause (أنْ/إنْ + verb: `سبق لك أن لاحظت`), never a new reporting verb
    "bareComplementizers": ["أن", "إن", "بأن", "فإن", "وأن", "وإن", "لأن"],
    "firstPersonComplementizers": ["إنني", "إننا", "إني", "أنني", "أننا", "أني", "إنا"],
    # a preposition that stands between a verb and its أن (أشار إلى أن، شدد على أن)
    "complementPrepositions": ["إلى", "الى", "على", "عن", "من"],
    # أن after these words is not a complementizer (بعد أن علمت ...)
    "nonComplementPreceders": ["بعد", "قبل", "منذ", "دون", "بدون", "حتى", "لأجل", "أجل", "حين", "كي", "لكي", "يجب", "ويجب", "يمكن", "ويمكن", "ينبغي", "عليه", "عليها", "عليهم", "وعليها", "وعليه", "بد", "يريد", "تريد", "أراد", "يستطيع", "تستطيع", "يحاول", "قرر", "مقابل", "حيث"],
    # words right before a verb cue that make it narration or a non-attribution (مما يؤكد، يذكر أن)
    "blockingPreceders": ["ما", "مما", "وهو ما", "من", "مَن", "لما", "الذين", "كلما"],
    # verb-initial phrases that are the journalist's narration
    "narration": ["يذكر أن", "يذكر ان", "ويذكر أن", "الجدير بالذكر", "والجدير بالذكر", "تجدر الإشارة", "وتجدر الإشارة", "ومن المعروف", "من المعروف", "من المتوقع", "ومن المتوقع", "يشار إلى", "ويشار إلى", "يشار الى", "ويشار الى", "يذكر", "ويذكر"],
    # words after which a verb in mid-sentence still opens a clause (`حيث أكد أن`, `الذي قالت إنه`)
    "clauseOpeners": ["حيث", "الذي", "التي", "الذين", "اللذين", "والذي", "والتي", "والذين", "عندما", "حين", "حينما", "بعدما", "فيما", "بينما", "كما", "ثم", "إذ", "لكن", "ولكن", "بل"],
    # particles of continuation: a following cue keeps the current speaker and closes the previous content
    "continuation": ["كما", "ثم", "وكما"],
    # negation kept in the cue
    "negation": ["لا", "لم", "لن", "ولا", "ولم", "ولن", "ما"],
    # objects that belong to the cue (`لفت النظر إلى أن`, `لافتا الانتباه إلى`): the subject is not them
    "cueObjects": {"لفت": ["النظر", "الانتباه", "انتباه", "نظر"]},
    # objects of a verb that may follow its subject and are never part of it (`واختتم الخبير كلامه بأن`)
    "postSubjectObjects": {"ختم": ["كلمته", "كلمتها", "حديثه", "حديثها", "كلامه", "كلامها", "تصريحه", "تصريحها", "تصريحاته", "تصريحاتها"],
                           "اختتم": ["كلمته", "كلمتها", "حديثه", "حديثها", "كلامه", "كلامها", "تصريحه", "تصريحها", "تصريحاته", "تصريحاتها"]},
    # quantifiers that may open a noun-phrase content after the verb's preposition (`تؤكد على جميع الأجهزة ...`)
    # though they never continue a subject
    "contentDeterminers": ["كل", "جميع", "كافة", "بعض", "مختلف", "أي"],
    # verbal nouns that open a noun-phrase content and never continue a speaker's name (`وأكد جون كيري [استمرار
    # الدعم]`, `وأكدت مصادر طبية [مقتل عشرين]`): after a subject they end it (session 4)
    "objectHeads": ["ضرورة", "أهمية", "استمرار", "حرص", "مقتل", "مصرع", "اغتيال", "استشهاد", "وفاة", "إصابة", "اعتقال",
                    "القبض", "عدم", "التزام", "استعداد", "تمسك", "رفض", "دعم", "تأييد", "تأجيل", "إلغاء", "وقف", "تعليق",
                    "مواصلة", "تعزيز", "تطوير", "تضامن", "وقوف", "انسحاب", "سقوط", "نجاح", "فشل", "ارتفاع", "انخفاض",
                    "تراجع", "زيادة", "بدء", "انطلاق", "اختطاف", "إطلاق", "تحرير", "مسؤوليته", "مسؤوليتها", "وجود"],
    # session 5: patterns (search form, regular expressions) of derived verbal nouns that head a noun-phrase content
    # right after a subject (`اقترح كاكو [إتباع نهج ...]`): إفعال، افتعال، انفعال، استفعال، تفعيل، مفاعلة. A word
    # of such a shape also spells names (إيمان، انتصار): it ends a subject only when it is indefinite, not tagged as a
    # person, not after a title, and no complementizer follows (see extract.ts)
    # (`first`: the letter the word must open with as written: إفعال with its hamza, told apart from the plural
    # أفعال, `أعضاء`, which has the same search form)
    "objectHeadPatterns": [{"re": "^ا[^ا]{2}ا[^ا]$", "first": "إ"}, {"re": "^ا[^ا]ت[^ا]ا[^ا]$"}, {"re": "^ان[^ا]{2}ا[^ا]$"},
                           {"re": "^است[^ا]{2}ا[^ا]$"}, {"re": "^ت[^ا]{2}ي[^ا]$"}, {"re": "^م[^ا]ا[^ا]{2}ه$"}],
    # a relative ما (any such verb) or a demonstrative (a condemnation or denial) after the subject opens the object
    # of a verb that takes it directly
    # (`ونفى X [ما أشيع]`, `استنكر الجميع [ذلك الفعل]`)
    "objectOpeners": ["ما", "هذا", "هذه", "ذلك", "تلك", "هذين", "هاتين", "هؤلاء"],
    # particles after which a subject may stand before its verb (`لكن ظريف قال امس ان`) (session 4)
    "svoOpeners": ["لكن", "ولكن", "بل", "ثم"],
    # short adverbials that may stand between a verb and its subject (`أشار فيها الإعلامي`, `وقال بدوره الوزير`)
    # resumptive pronouns right after a verb: it opens a relative clause on the noun before (`بكلمة أشار فيها ...`)
    "resumptives": ["فيها", "فيه", "فيهما", "خلالها", "خلاله"],
    "postVerbAdjuncts": ["فيها", "فيه", "فيهما", "خلالها", "خلاله", "بدوره", "بدورها", "بدورهم", "كذلك", "أيضا", "مجددا"],
    # a preposition of the verb that opens an adverbial phrase instead (`أكد على هامش اللقاء أن`): not the content
    "adjunctPhrases": ["على هامش", "على صعيد", "على خلفية", "على الرغم", "عن طريق", "على مستوى", "على لسان", "على مدى", "على مدار"],
    # session 5: a reporting verb with an object pronoun that resumes the noun before it, in a relative clause
    # (`في تفجير ...، تبناه تنظيم داعش`, `بينها تفجيران تبناهما داعش`, `هجوم نسبته السلطات إلى [التمرد الكردي]`):
    # its subject follows; the content is the antecedent, or what follows the verb's preposition when it has one.
    # Stems of the past 3ms, 3fs and 3mp (+ و) before the pronoun; forms are stem + ه/ها/هما/هم.
    "objectPronounCues": [
        # (تبنى with an object pronoun also means "adopted" a policy: a claim of responsibility only for an attack)
        {"lemma": "تبنى", "stems": ["تبنا", "تبنت", "تبنو"], "type": "claim",
         "heads": ["هجوم", "الهجوم", "هجمات", "الهجمات", "هجوما", "تفجير", "التفجير", "تفجيرات", "التفجيرات", "تفجيران", "تفجيرين",
                   "اعتداء", "الاعتداء", "اعتداءات", "عملية", "العملية", "عمليات", "انفجار", "الانفجار", "تفجيرا", "قصف", "القصف",
                   "اغتيال", "خطف", "اختطاف", "هجومين", "هجومان"]},
        {"lemma": "نفى", "stems": ["نفا", "نفت", "نفو"], "type": "denial"},
        {"lemma": "أدان", "stems": ["أدان", "أدانت", "أدانو", "دانت"], "type": "condemnation"},
        {"lemma": "استنكر", "stems": ["استنكر", "استنكرت", "استنكرو"], "type": "condemnation"},
        {"lemma": "نسب", "stems": ["نسب", "نسبت", "نسبو"], "type": "accusation", "preps": ["إلى", "الى", "ل"]},
    ],
    "objectPronouns": ["ه", "ها", "هما", "هم"],
    # session 5: a welcome of people (رحب بالحضور، بالضيف، بالأمير ...) is a greeting, an act; a welcome of a thing
    # (رحب بالقرار، بعودة ...) is a statement. Lemmas read so, and the words for an audience (besides person names,
    # roles and honorifics) that make their content a greeting
    "greetingLemmas": ["رحب"],
    "audienceWords": ["الحضور", "الحاضرين", "الجميع", "المشاركين", "المشاركات", "الضيوف", "الضيف", "الزوار", "الزائرين",
                      "الوفد", "الحضور الكرام", "المدعوين", "الإعلاميين", "المتدربين", "المتدربات", "الطلاب", "الطالبات",
                      "اللاعبين", "الأعضاء", "الموظفين", "المواطنين", "الجمهور", "الأهالي", "كم", "هم", "ه", "ها"],
    # the antecedent of such a clause starts after the last of these prepositions before it (`قتل 10 على الأقل في
    # [هجوم] تبنته ...`); a preposition glued to a definite noun (`لل`، `بال`) stays with it
    "antecedentPrepositions": ["في", "من", "على", "عن", "إلى", "الى", "مع", "بين", "بينها", "بينهم", "خلال", "ضد", "حول", "بعد",
                               "قبل", "إثر", "اثر", "عقب", "وسط", "جراء", "بسبب"],
    # an antecedent that stands for a whole clause (`وهو الأمر الذي نفته الجامعة`): no noun-phrase content
    "vagueAntecedents": ["الأمر", "الامر", "الشيء", "ما", "وهو", "وهي"],
    # relay: `ونقلت عنه وكالة ...`
    "relayObjects": ["عنه", "عنها", "عنهم", "عنهما", "عنهن"],
    "quotes": {"open": ["«", "“", "„", "\"", "‹"], "close": ["»", "”", "″", "\"", "›", "“"]},
    "kicker": {"maxTokens": 7, "exclude": ["رابط الخبر", "رابط", "المصدر", "اقرأ أيضا", "شاهد", "صور", "فيديو", "بالفيديو", "بالصور", "عاجل"], "addresseePrefixes": ["إلى", "الى", "الي", "لـ", "ل"]},
}

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "cues.json"), "w", encoding="utf-8") as f:
    json.dump(out, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(len(verbs), "verbs,", sum(len(v["forms"]) + len(v["present"]) for v in verbs), "verb forms;", len(participles), "participles")
