import pytest
from django.core.exceptions import ValidationError

from core.phone import format_phone, normalise_phone, whatsapp_digits


@pytest.mark.parametrize(
    "typed",
    ["0812-3456-7890", "+62 812 3456 7890", "6281234567890", "(0812) 3456.7890", "+6281234567890"],
)
def test_phone_numbers_are_stored_as_e164(typed):
    assert normalise_phone(typed) == "+6281234567890"


def test_landline_with_area_code_is_accepted():
    assert normalise_phone("(0281) 891234") == "+62281891234"


@pytest.mark.parametrize(
    "typed", ["", "12345", "+1 234 567 8", "0812", "08123456789012345", "0812-abcd-7890", "+0812"]
)
def test_invalid_numbers_are_refused_in_indonesian(typed):
    with pytest.raises(ValidationError) as error:
        normalise_phone(typed)
    assert "Nomor telepon tidak valid" in str(error.value)


def test_phone_is_shown_grouped():
    assert format_phone("+6281234567890") == "+62 812-3456-7890"


def test_whatsapp_link_uses_digits_without_plus():
    assert whatsapp_digits("+6281234567890") == "6281234567890"


def test_settings_form_normalises_and_rejects_phone_numbers(village):
    village.phone = "0281 891234"
    village.whatsapp = "0812 3456 7890"
    village.full_clean()
    assert (village.phone, village.whatsapp) == ("+62281891234", "+6281234567890")

    village.whatsapp = "nomor saya"
    with pytest.raises(ValidationError) as error:
        village.full_clean()
    assert "whatsapp" in error.value.message_dict


@pytest.mark.parametrize(
    ("e164", "shown"),
    [
        ("+62281891234", "+62 281-891-234"),
        ("+62215551234", "+62 21-555-1234"),
        ("+628123456789", "+62 812-345-6789"),
    ],
)
def test_landlines_are_grouped_by_area_code(e164, shown):
    assert format_phone(e164) == shown
