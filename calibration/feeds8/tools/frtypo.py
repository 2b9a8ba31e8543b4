# -*- coding: utf-8 -*-
"""French typography for feeds8 fr items: non-breaking space (U+00A0) inside « » and before ':',
narrow no-break space (U+202F) before ';', '!', '?' and as thousands separator (1 280 -> 1\u202f280)."""
import re
NB, NN = "\u00a0", "\u202f"
def fix(s):
    s = s.replace("« ", "«" + NB).replace(" »", NB + "»")
    s = re.sub(r" :(?=\s|$)", NB + ":", s)
    s = re.sub(r" ([;!?])", NN + r"\1", s)
    # thousands: 1 280, 12 500, 1 250 000 (only digit groups written with a plain space)
    for _ in range(2):
        s = re.sub(r"(?<![\d,])(\d{1,3}) (\d{3})(?![\d])", r"\1" + NN + r"\2", s)
    return s
