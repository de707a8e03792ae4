"""A number is its own stem: stemmed_text skips the stemmer for ASCII digits (issue #15's import speed)."""

from __future__ import annotations

from guide.packformat.search_terms import STEMMED_LANGUAGES, stem, stemmed_text


def test_a_number_is_its_own_stem_in_every_language() -> None:
    numbers = ["0", "7", "10001", "41230", "2025", "0099", "1" * 40]
    for language in [*STEMMED_LANGUAGES, "fr", ""]:
        for number in numbers:
            assert stem(number, language) == number
        assert stemmed_text(" ".join(numbers), language) == " ".join(numbers)


def test_words_beside_numbers_are_stemmed_as_before() -> None:
    assert stemmed_text("Office 41230 helps 3rd victims", "en") == "offic 41230 help 3rd victim"
    assert stemmed_text("Programa ²5 ١٢", "es") == " ".join(stem(w, "es") for w in ("Programa", "²5", "١٢"))
