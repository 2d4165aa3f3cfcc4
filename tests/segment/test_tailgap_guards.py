"""A long gap inside a story that is no site footer: the story beyond it stays body (invented)."""

from __future__ import annotations

from presswatch.segment.tailgap import tail_gap
from presswatch.segment.text import split_lines
from tests.segment.test_trailers import line_kinds

TITLE = "Sandmere ferry pier reopens after a winter of repairs"
PIER = [
    "The ferry pier at Sandmere reopened on Monday after a winter of repairs, and the first "
    "crossing of the morning carried commuters, schoolchildren and a van full of bread.",
    "Engineers replaced forty of the pier's timber piles, which shipworm had eaten hollow, "
    "and laid a new deck of hardwood planks salvaged from a demolished warehouse.",
    "The work ran three weeks late because storms in February kept the divers ashore, and "
    "passengers spent most of the winter on a slow bus around the head of the estuary.",
    "The harbour board paid for the repairs from its reserves and a loan from the county, "
    "and expects the pier to need no major work for another thirty years.",
    "Regular passengers lined the quay to watch the ferry berth, and several clapped when "
    "its ropes were made fast to the new bollards for the first time since October.",
    "The ferry company has added an early sailing on weekdays for the summer, and promises "
    "that the timetable will return to its full pattern once the ticket office reopens.",
    "Fishermen who moor beside the pier say the new piles have changed the current in the "
    "harbour mouth, and have asked the board to survey the channel before the autumn.",
    "The old timbers pulled from the seabed will be cut into benches for the promenade, "
    "where a plaque will name the divers and carpenters who worked through the winter.",
]
SHARE = ["Share", "Facebook", "Email"]


def _lost(lines: list[str], body: list[str]) -> list[str]:
    kinds = dict(line_kinds("\n".join([*lines, "Privacy policy"])))
    return [line for line in body if kinds[line] != "body"]


def test_guesthouse_list_under_a_share_bar_then_more_guide_stays_body() -> None:
    # H2: the guide's own list, then its next section in other words
    stay = ["Where to sleep", *(f"The Anchor Rooms, berth {n}" for n in range(1, 13)), "Eating"]
    food = [
        "Most cafés on the quay close at four, so buy a crab sandwich from the kiosk by the "
        "slipway before the afternoon boat, or bring a picnic across from the mainland.",
        "The chip shop on Tanner Row fries in dripping and is worth the queue on a cold evening.",
    ]
    lines = [TITLE, *PIER, *SHARE, *stay, *food]
    assert _lost(lines, PIER + stay + food) == []


def test_team_sheet_under_a_share_bar_then_the_match_report_goes_on() -> None:
    sheet = ["Team sheets", *(f"{n} Player Number {n}" for n in range(1, 15))]
    report = [
        "Rain swept across the ground after the interval, and both goalkeepers struggled to "
        "hold shots that skidded off the sodden turf in the closing twenty minutes.",
        "A late header from the corner decided the game, and the visitors' coach admitted his "
        "side had run out of ideas once the wind turned against them.",
    ]
    lines = [TITLE, *PIER, *SHARE, *sheet, *report]
    assert _lost(lines, report) == []


def test_newsletter_box_and_trending_links_then_a_quote_stay_in_the_story() -> None:
    # H3: a sign-up box and a trending list inside the story, the story resumes with a quote
    box = ["Newsletter", "Sign up for our newsletter", "Email address", "Subscribe"]
    box += [f"Trending now {n}" for n in range(1, 12)]
    quote = [
        "“I never thought I would see the old place look this proud again, it was worth every "
        "minute,” said a retired nurse who lives across the bay.",
        "Her granddaughter, visiting from the city for the holidays, filmed the moment on her "
        "telephone and sent the clip to every cousin she could think of.",
    ]
    lines = [TITLE, *PIER, *box, *quote]
    assert _lost(lines, quote) == []


def test_gallery_then_a_neighbouring_village_stays_body() -> None:
    # H4: no site furniture beyond the gallery and no quote, only a shifted sub-topic
    gallery = [*SHARE, "Gallery", *(f"Image {n} of 12" for n in range(1, 13))]
    village = [
        "Further up the coast at Holm, a new lifeboat station opened on the same weekend, "
        "with a crane that can lift the boat out of the water in under two minutes.",
        "Holm's crew trained through the winter on borrowed boats while their station was "
        "rebuilt on the old slipway below the church.",
        "The station's open day drew visitors from all along the coast, who queued to climb "
        "into the cabin of the new boat and try on the crew's yellow helmets.",
    ]
    lines = [TITLE, *PIER, *gallery, *village]
    assert _lost(lines, village) == []


ZH = [
    "周一清晨，桑德米尔渡轮码头在整个冬天的维修之后重新开放，第一班渡轮载着上班族、学生和一辆装满面包的货车。",
    "工程师更换了四十根被船蛆蛀空的木桩，并铺设了用一座拆除的旧仓库木板改造而成的新甲板。",
    "由于二月的风暴让潜水员无法下水，工程推迟了三周，乘客整个冬天只能绕着河口坐慢吞吞的巴士。",
    "港务局用自己的储备金和县里的一笔贷款支付了维修费用，并预计码头在三十年内都不需要大修。",
]
ZH_MORE = [
    "常客们站在码头上看着渡轮靠岸，当缆绳自十月以来第一次系上新的系缆桩时，许多人鼓起掌来。",
    "港务局表示，下周六将在码头举办开放日，欢迎居民和游客参观新的甲板和换下来的旧木桩。",
]


def test_chinese_story_after_a_picture_gallery_stays_body() -> None:
    # H1: no word of a caseless script is in small letters, so the topic test cannot tell
    gallery = [*SHARE, *(f"图片 {n}/12" for n in range(1, 13))]
    lines = ["桑德米尔渡轮码头重新开放", *ZH, *gallery, *ZH_MORE]
    assert _lost(lines, ZH_MORE) == []


def test_arabic_story_after_a_picture_gallery_stays_body() -> None:
    body = [
        "أعيد افتتاح رصيف العبارات في ساندمير صباح الاثنين "
        "بعد شتاء كامل من أعمال الصيانة والإصلاح.",
        "استبدل المهندسون أربعين عمودا خشبيا أكلتها ديدان السفن وركبوا سطحا جديدا من الخشب الصلب.",
        "تأخرت الأعمال ثلاثة أسابيع بسبب عواصف فبراير التي منعت الغواصين من النزول إلى الماء.",
        "دفعت هيئة الميناء تكاليف الإصلاح من احتياطياتها ومن قرض حصلت عليه من إدارة المقاطعة.",
    ]
    more = [
        "وقف الركاب الدائمون على الرصيف يراقبون العبارة وهي ترسو وصفق كثيرون منهم عند ربط الحبال.",
        "وستنظم هيئة الميناء يوما مفتوحا على الرصيف يوم السبت المقبل لسكان البلدة والزوار.",
    ]
    gallery = [*SHARE, *(f"صورة {n} من 12" for n in range(1, 13))]
    lines = ["إعادة افتتاح رصيف العبارات", *body, *gallery, *more]
    assert _lost(lines, more) == []


MENU = ["Explore", *(f"Section {n}" for n in range(1, 14)), "About us", "Contact"]


def test_site_menu_then_a_quote_is_not_a_footer() -> None:
    # the gap is a site menu and the prose beyond is off the pier's topic, but a quote is a story's
    quote = [
        "“This is the best news our island has had since the bridge plan was dropped,” said the "
        "council leader, who grew up on a farm two miles inland.",
        "Her council will now turn to the lanes on the island side, where potholes have made "
        "cycling to school dangerous for children in the dark.",
    ]
    assert _lost([TITLE, *PIER, *MENU, *quote], quote) == []


def test_arabic_text_after_a_site_menu_is_judged_by_all_its_words() -> None:
    # H1: a script without case: the topic test compares all words, not small-letter ones
    body = [
        "أعادت هيئة الميناء فتح رصيف العبارات بعد شتاء كامل من الإصلاحات التي أخرتها العواصف.",
        "وقال مهندسو الرصيف إن الأعمدة الخشبية الجديدة ستحمي الرصيف من الأمواج لثلاثين عاما.",
        "واستغرقت الإصلاحات ثلاثة أسابيع إضافية لأن العواصف منعت الغواصين من العمل تحت الرصيف.",
        "وتحملت هيئة الميناء تكاليف الإصلاحات من احتياطياتها ومن قرض المقاطعة لإعادة بناء الرصيف.",
    ]
    same = "وستفتح هيئة الميناء الرصيف للزوار يوم السبت ليشاهدوا الأعمدة الخشبية بعد الإصلاحات."
    other = (
        "يقدم المطعم الجديد في وسط المدينة أطباق السمك المشوي والخبز الطازج كل مساء بأسعار معقولة."
    )
    for after, cut in ((same, False), (other, True)):
        lines = split_lines("\n".join([*body, *MENU, after]))
        gap = tail_gap(lines, 0, len(lines) - 1, [False] * len(lines))
        assert (gap >= 0) == cut


def test_chinese_text_after_a_site_menu_is_not_cut() -> None:
    # no spaces and no case: no words to judge the topic by, so a menu alone is no footer
    lines = split_lines("\n".join([*ZH, *MENU, *ZH_MORE]))
    assert tail_gap(lines, 0, len(lines) - 1, [False] * len(lines)) == -1


def test_about_the_paper_after_a_site_menu_is_not_body() -> None:
    # positive evidence: a site menu (navigation lines) and footer prose beyond it
    about = [
        "The Sandmere Tidings is an independent weekly owned by its readers and funded by "
        "subscriptions, and it never sells their details to other companies.",
        "Letters for the editor can be left at the shop on Quay Street or posted through the "
        "door of the old chandlery, where the paper has been printed since 1921.",
    ]
    kinds = dict(line_kinds("\n".join([TITLE, *PIER, *MENU, *about])))
    assert all(kinds[line] == "body" for line in PIER)
    assert not any(kinds[line] == "body" for line in about)
