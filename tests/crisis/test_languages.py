"""Crisis phrases and replies in other languages (bot/crisis/languages.py, languages.yml)."""
from __future__ import annotations

import glob
from pathlib import Path

import pytest
import yaml

from bot.crisis import detect, languages
from bot.crisis.languages import LanguageFileError, fold, identify, load, match
from bot.paths import ROOT

# safety.md rule 9 and issue 13: at least these, with Derby's list first.
REQUIRED = ("pl", "pa", "ur", "sk", "ar", "ckb", "ti", "ps", "fa", "sq", "vi", "fr", "es", "ro", "pt")


def english_examples() -> list[str]:
    """Every English training example that is not about a crisis or another language."""
    texts = []
    for path in glob.glob(str(ROOT / "data" / "nlu" / "*.yml")):
        for block in yaml.safe_load(Path(path).read_text(encoding="utf-8")).get("nlu", []):
            if block.get("intent") in ("crisis", "urgent_safety", "other_language", None):
                continue
            texts += [line.strip()[2:] for line in (block.get("examples") or "").splitlines()
                      if line.strip().startswith("- ")]
    return texts


def test_every_required_language_has_phrases_and_both_lines() -> None:
    langs = languages.languages()
    for code in REQUIRED:
        assert code in langs, code
        lang = langs[code]
        assert lang.interpreter_line and "{number}" in lang.english_only_line
    data = yaml.safe_load(languages.DATA_FILE.read_text(encoding="utf-8"))["languages"]
    for code in REQUIRED:
        assert len(data[code]["crisis"]) >= 10, code
        assert len(data[code]["urgent"]) >= 3, code


def test_fold_meets_typed_without_accents_and_joined_persian_words() -> None:
    assert fold("Chcę UMRZEĆ!") == fold("chce umrzec")
    assert fold("muốn chết") == "muon chet"
    assert fold("مُحَمَّد") == fold("محمد")
    assert fold("می\u200cخواهم") == fold("میخواهم")


def test_every_phrase_matches_itself_inside_a_sentence() -> None:
    data = yaml.safe_load(languages.DATA_FILE.read_text(encoding="utf-8"))["languages"]
    for code, entry in data.items():
        for level in ("crisis", "urgent"):
            for phrase in entry[level]:
                text = phrase.replace("*", "a")
                found = match(text)
                assert found is not None, (code, phrase)
                # crisis phrases win over urgent ones; an urgent phrase may contain a crisis one
                assert found.level == "crisis" or level == "urgent", (code, phrase)


def test_a_crisis_phrase_in_another_language_is_a_crisis_with_its_language() -> None:
    for text, code in (("Chcę umrzeć", "pl"), ("je veux mourir", "fr"), ("quiero morirme", "es"),
                       ("nebenoriu gyventi", "lt"), ("hochu pokonchit s soboj", "ru"),
                       ("jai pris tt mes cachets", "fr"), ("napilas tabletok", "ru"),
                       ("in seara asta termin cu tot", "ro")):
        verdict = detect(text)
        assert verdict.level == "crisis", text
        assert verdict.language == code
        assert verdict.as_dict()["language"] == code


def test_no_phrase_of_any_language_fires_on_the_english_training_examples() -> None:
    fired = [(t, match(t)) for t in english_examples() if match(t) is not None]
    assert not fired, fired[:10]


def test_english_messages_are_not_taken_for_another_language() -> None:
    texts = english_examples()
    wrong = [(t, identify(t)) for t in texts if identify(t)]
    assert len(wrong) <= 0.005 * len(texts), wrong[:20]


@pytest.mark.parametrize("text, code", [
    ("مرحبا، أحتاج مساعدة في السكن من فضلك", "ar"),
    ("ਮੈਨੂੰ ਕਾਲਜ ਲਈ ਮਦਦ ਚਾਹੀਦੀ ਹੈ", "pa"),
    ("ሰላም፣ ገንዘብ ንገዛ ገዛ ክሕግዘኒ ትኽእል ዶ", "ti"),
    ("Dzień dobry, potrzebuję pomocy z mieszkaniem i pieniędzmi", "pl"),
    ("Bonjour, je cherche de l'aide pour payer mon loyer", "fr"),
])
def test_other_languages_are_identified(text: str, code: str) -> None:
    assert identify(text) == code


def test_a_malformed_language_file_names_the_language_and_field(tmp_path: Path) -> None:
    bad = tmp_path / "languages.yml"
    bad.write_text("languages:\n  xx:\n    name: Test\n    interpreter_line: hi\n"
                   "    english_only_line: no number here\n    crisis: [a]\n", encoding="utf-8")
    with pytest.raises(LanguageFileError, match=r"languages\.xx\.english_only_line"):
        load(bad)
    bad.write_text("languages:\n  xx:\n    name: Test\n    english_only_line: call {number}\n",
                   encoding="utf-8")
    with pytest.raises(LanguageFileError, match=r"languages\.xx\.interpreter_line"):
        load(bad)


@pytest.mark.parametrize("text, expected", [
    ("kya aap meri madad kar sakte hain", True),      # romanised Urdu: no identifier knows it
    ("5alas ma 3ad 2adir kamel ya 5ayye", True),       # romanised Arabic with digits for letters
    ("qzxv plonk wibble", False),                       # a keyboard mash is not a language
    ("asdfgh jkl qwerty", False),
    ("who won the football last night", False),
    ("mă tai din nou și nu mă pot opri", True),        # Romanian: its short words fold to English ones
    ("the café was nice, i felt naïve", False),         # accents English borrows
    ("bdi i2tol 7ali", True),                           # romanised Arabic, short
    ("toi nay minh se ket thuc tat ca", True),          # Vietnamese without its marks
    ("hamu habakanm xward", True),                      # romanised Sorani
    ("im from brackley", False),                        # our own words: how they write, where they live
    ("whats the 16-19 bursary", False),
    ("wots the bursary for uni", False),
    ("nandos or maccies", False),                       # everyday_english.txt: shops and slang
    ("greggs then primark innit", False),
])
def test_probably_not_english(text: str, expected: bool) -> None:
    assert languages.probably_not_english(text) is expected


def test_everyday_english_is_plain_lower_case_words_and_none_is_a_listed_phrase() -> None:
    words = languages.everyday_english()
    assert len(words) > 30 and all(w.isalnum() and w == w.lower() for w in words)
    for word in words:
        assert languages.identify(word) is None, word


@pytest.mark.parametrize("text, code", [
    ("non voglio più vivere, sono stanco di tutto", "it"),
    ("ho preso tutte le pastiglie e mi gira la testa", "it"),
    ("min hemû heb daqurtandin, dilê min pir lê dide", "ku"),
    ("spolkla jsem vsechny prasky", "cs"),
    ("naan tharkolai panna poren", "ta"),
    ("nie chce mi sie juz zyc, mam dosc wszystkiego", "pl"),
    ("apne aap ko phir se kaat liya, khoon ruk nahi raha", "ur"),
])
def test_a_fresh_dev_sets_crisis_phrases_in_other_languages(text: str, code: str) -> None:
    verdict = detect(text)
    assert verdict.level == "crisis" and verdict.language == code


@pytest.mark.parametrize("text", [
    "we did a lesson on suicide prevention at college today, it was interesting",  # English, not Italian
    "mi taglio i capelli domani",
    "muoio dal ridere",
])
def test_new_languages_dont_read_english_or_everyday_phrases_as_crisis(text: str) -> None:
    assert detect(text).level == "none"


@pytest.mark.parametrize("text, code", [
    ("bdi 2enta7er", "ar"),
    ("khalas bro i'm done, akhadt kol el 7oboob", "ar"),
    ("adieu, pardon à tous", "fr"),
    ("waan is goynayaa mar kale", "so"),
    # a long word that splits into English by accident ("suicide r") must not hide the
    # French phrase (dev round 13, a friend's crisis)
    ("mon pote va se suicider ce soir, il m'a dit adieu", "fr"),
])
def test_dev_rounds_51_52_crisis_phrases_in_other_languages(text: str, code: str) -> None:
    verdict = detect(text)
    assert verdict.level == "crisis" and verdict.language == code


@pytest.mark.parametrize("text", ["bu ödev beni öldürecek", "یہ ہوم ورک مجھے مار ڈالے گا"])
def test_homework_that_will_kill_me_is_an_idiom_in_turkish_and_urdu(text: str) -> None:
    assert detect(text).level == "none"


def test_a_threat_to_kill_in_turkish_stays_urgent() -> None:
    assert detect("babam beni öldürecek").level == "urgent"


# Fifth session of 2026-12-05: Gujarati gets its own list and lines, and Gujarati and Tamil
# script are never English.
@pytest.mark.parametrize("text, code", [
    ("મારે હવે જીવવું નથી", "gu"),
    ("મેં બધી ગોળીઓ ખાઈ લીધી છે", "gu"),
    ("நான் சாக விரும்புகிறேன்", "ta"),
    ("nuk dua më të jetoj", "sq"),
    ("я знову порізалася", "uk"),
])
def test_fifth_session_crisis_phrases_in_other_languages(text: str, code: str) -> None:
    verdict = detect(text)
    assert verdict.level == "crisis" and verdict.language == code


@pytest.mark.parametrize("text, code", [
    ("મારે કોલેજ માટે મદદ જોઈએ છે", "gu"),
    ("வணக்கம், எனக்கு வீட்டு உதவி வேண்டும்", "ta"),
])
def test_gujarati_and_tamil_script_are_identified(text: str, code: str) -> None:
    assert identify(text) == code
    assert detect(text).level == "none"


# 2026-12-06: Hungarian and Bulgarian get their own lists and lines (fresh dev set o), and
# Bulgarian is identified as Bulgarian where py3langid is sure, not as Russian.
@pytest.mark.parametrize("text, code", [
    ("meg akarok halni", "hu"),
    ("bevettem az osszes gyogyszert", "hu"),     # typed without accents
    ("искам да умра", "bg"),
    ("iskam da umra", "bg"),                     # romanised
    ("изпих всички хапчета", "bg"),
])
def test_hungarian_and_bulgarian_crisis_phrases(text: str, code: str) -> None:
    verdict = detect(text)
    assert verdict.level == "crisis" and verdict.language == code


@pytest.mark.parametrize("text", ["meghalok a röhögéstől", "умрях от смях"])
def test_dying_of_laughter_in_hungarian_and_bulgarian_is_not_a_crisis(text: str) -> None:
    assert detect(text).level == "none"


def test_bulgarian_is_identified_without_taking_russian_or_ukrainian_for_it() -> None:
    assert identify("Здравейте, трябва ми помощ с жилището") == "bg"
    assert identify("утре няма да ме има") == "bg"
    # Ukrainian that py3langid alone takes for Bulgarian (99.98%), and Russian
    assert identify("завтра мене вже не буде, не шукайте") != "bg"
    assert identify("я труп после смены, завтра напишу про квартиру") == "ru"
