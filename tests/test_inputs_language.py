"""Language: English is briefed, other languages are refused by name, never summarized as English."""

from __future__ import annotations

from pathlib import Path

import pytest

from brief.inputs.language import detect
from brief.pipeline import load

SAMPLES = {
    "en": "The harbour bridge reopened to traffic on Tuesday after eight months of repairs, the city said.",
    "de": ("Die Brücke wurde am Dienstag nach acht Monaten Reparatur wieder für den Verkehr freigegeben, teilte die "
           "Stadt mit."),
    "fr": ("Le pont du port a rouvert à la circulation mardi après huit mois de travaux, a indiqué la mairie dans un "
           "communiqué."),
    "es": ("El puente del puerto volvió a abrirse al tráfico el martes después de ocho meses de obras, según el "
           "ayuntamiento."),
    "it": "Il ponte del porto è stato riaperto al traffico martedì dopo otto mesi di lavori, ha detto il comune.",
    "nl": "De havenbrug is dinsdag na acht maanden van reparaties weer opengesteld voor het verkeer, zei de gemeente.",
    "pt": "A ponte do porto foi reaberta ao trânsito na terça-feira depois de oito meses de obras, disse a prefeitura.",
    "ru": "Мост в гавани был вновь открыт для движения во вторник после восьми месяцев ремонта, сообщили в мэрии.",
    "pl": ("Most w porcie został ponownie otwarty we wtorek po ośmiu miesiącach remontu, jak podał urząd miasta i to "
           "jest dobre."),
    "el": "Η γέφυρα του λιμανιού άνοιξε ξανά για την κυκλοφορία την Τρίτη μετά από οκτώ μήνες επισκευών, είπε ο δήμος.",
}


@pytest.mark.parametrize("code", sorted(SAMPLES))
def test_short_samples_are_recognised(code: str) -> None:
    guess = detect(SAMPLES[code])
    assert guess is not None and guess.code == code


def test_english_with_foreign_names_and_too_little_text() -> None:
    mixed = "Officials met in Berlin on Monday. Der Spiegel reported that the deal was close, and Le Monde agreed."
    assert detect(mixed).code == "en"  # type: ignore[union-attr]
    assert detect("Angela Merkel, Emmanuel Macron") is None
    assert detect("港口大桥经过八个月的维修后于周二重新通车。").name == "Chinese"  # type: ignore[union-attr]


def test_non_english_file_is_refused_with_its_language(tmp_path: Path) -> None:
    german = tmp_path / "x.txt"
    german.write_text(SAMPLES["de"] + "\n\n" + SAMPLES["de"])
    english = tmp_path / "y.txt"
    english.write_text(SAMPLES["en"])
    sources, _, problems = load([german, english])
    assert [s.path for s in sources] == [str(english)] and sources[0].language == "en"
    assert [(p.path, p.message) for p in problems] == [(str(german),
                                                        "looks like German, brief summarizes English only")]


def test_languages_without_a_punkt_model_are_refused_by_name() -> None:
    indonesian = ("Jembatan pelabuhan dibuka kembali pada hari Selasa setelah delapan bulan perbaikan yang "
                  "menelan biaya besar untuk kota itu dan warga.")
    vietnamese = ("Những người dân ở thành phố đã được thông báo về việc đóng cửa cây cầu trong một tuần, theo "
                  "chính quyền.")
    assert detect(indonesian).name == "Indonesian or Malay"  # type: ignore[union-attr]
    assert detect(vietnamese).name == "Vietnamese"  # type: ignore[union-attr]
