"""Checks on digit strings: payment card (Luhn, brand), phone number, Vietnamese ID.

Luhn comes from ``python-stdnum``, phone numbers from ``phonenumbers`` (Google's
libphonenumber metadata); the rest is the published numbering of each scheme.
"""

from __future__ import annotations

from collections.abc import Sequence

import phonenumbers
from stdnum import luhn

from aqm.redact.numbers import NumberGroup

__all__ = ["CCCD_PROVINCES", "card_number", "card_shaped", "citizen_id", "valid_phone",
           "without_echo"]

MAX_ECHO_READINGS = 16

# First three digits of a CCCD: the province of birth registration.
CCCD_PROVINCES = frozenset({
    "001", "002", "004", "006", "008", "010", "011", "012", "014", "015", "017", "019", "020",
    "022", "024", "025", "026", "027", "030", "031", "033", "034", "035", "036", "037", "038",
    "040", "042", "044", "045", "046", "048", "049", "051", "052", "054", "056", "058", "060",
    "062", "064", "066", "067", "068", "070", "072", "074", "075", "077", "079", "080", "082",
    "083", "084", "086", "087", "089", "091", "092", "093", "094", "095", "096"
})


def card_number(groups: Sequence[NumberGroup]) -> str | None:
    """The Luhn-valid card number in a run of number ``groups``, or None."""
    digits = "".join(g.digits for g in groups)
    for whole in (digits.lstrip("0"), *(d.lstrip("0") for d in without_echo(groups))):
        if 13 <= len(whole) <= 19 and luhn.is_valid(whole):
            return whole
    if len(digits) > 19:  # a card with more digits said right before or after it
        windows = [(a, a + size) for a in range(len(digits) - 12) for size in range(19, 12, -1)]
    elif len(groups) > 1 and any(len(g.digits) > 1 for g in groups):
        bounds = [0]  # stretches of whole groups: "4111 1111 1111 1111 737"
        for group in groups:
            bounds.append(bounds[-1] + len(group.digits))
        windows = [(a, b) for a in bounds for b in bounds if b > a]
    else:
        windows = []
    for a, b in windows:
        window = digits[a:b]
        if 13 <= len(window) <= 19 and _brand_length(window) and luhn.is_valid(window):
            return window
    return None


def card_shaped(digits: str) -> bool:
    """15 or 16 digits with a card brand's prefix and that brand's length, Luhn-valid or
    not: one digit misheard ("4929 1188 0461 7732" read back with a slip) breaks the check
    but not the privacy of the other fifteen."""
    return len(digits) in (15, 16) and _brand_length(digits)


def without_echo(groups: Sequence[NumberGroup]) -> list[str]:
    """The digits said once when every part was said twice ("4111" "four one one one"
    "1111" "1111": the agent repeating, on a mono recording). Digits read one by one may
    split into repeats more than one way ("5 5 0 0 5 5 0 0"): up to ``MAX_ECHO_READINGS``
    readings, longest parts first."""
    digits = "".join(g.digits for g in groups)
    offsets = [0]
    for group in groups:
        offsets.append(offsets[-1] + len(group.digits))
    boundary = set(offsets)
    once: list[list[str]] = [[""]] + [[] for _ in groups]  # groups[:i] as repeated parts
    for end in range(2, len(groups) + 1):
        for start in range(end - 1):
            size = offsets[end] - offsets[start]
            mid = offsets[start] + size // 2
            if not once[start] or size % 2 or mid not in boundary:
                continue
            if digits[offsets[start]:mid] == digits[mid:offsets[end]]:
                part = digits[offsets[start]:mid]
                once[end] += [before + part for before in once[start]]
                del once[end][MAX_ECHO_READINGS:]
    return once[-1]


def _brand_length(number: str) -> bool:
    """``number`` starts like a payment card brand and has that brand's length.

    Only for a stretch inside a longer run, where any Luhn-valid stretch would otherwise
    be taken (one in ten is).
    """
    size, two, four = len(number), number[:2], int(number[:4])
    if number[0] == "4":
        return size in (13, 16, 19)  # Visa
    if two in ("34", "37"):
        return size == 15  # American Express
    if "51" <= two <= "55" or 2221 <= four <= 2720:
        return size == 16  # Mastercard
    if two in ("30", "36", "38"):
        return size in (14, 16)  # Diners Club
    if two in ("35", "62", "65") or four == 6011 or 644 <= four // 10 <= 649:
        return 16 <= size <= 19  # JCB, UnionPay, Discover
    return number.startswith("9704") and size in (16, 19)  # NAPAS (Vietnam)


def valid_phone(digits: str, plus: bool) -> bool:
    """A valid phone number: Vietnamese, or international when said with a plus."""
    if not 8 <= len(digits) <= 15:
        return False
    candidates: list[tuple[str, str | None]] = [("+" + digits, None)] if plus else [(digits, "VN")]
    if not plus and digits.startswith("84") and len(digits) == 11:
        candidates.append(("+" + digits, None))
    for text, region in candidates:
        try:
            number = phonenumbers.parse(text, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return True
    return False


def citizen_id(digits: str) -> bool:
    """Shaped like a Vietnamese CCCD: province, century-and-sex digit, 12 digits."""
    return len(digits) == 12 and digits[:3] in CCCD_PROVINCES and digits[3] in "0123"
