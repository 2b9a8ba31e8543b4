# -*- coding: utf-8 -*-
"""Digits for feeds8 ne / km items."""
ND = str.maketrans("0123456789", "०१२३४५६७८९")
KD = str.maketrans("0123456789", "០១២៣៤៥៦៧៨៩")
def nd(s): return s.translate(ND)
def kd(s): return s.translate(KD)
def lakh(n):
    """Nepali/Indian grouping: 245800 -> 2,45,800"""
    s = str(n)
    if len(s) <= 3: return s
    head, tail = s[:-3], s[-3:]
    parts = []
    while len(head) > 2:
        parts.insert(0, head[-2:]); head = head[:-2]
    if head: parts.insert(0, head)
    return ",".join(parts) + "," + tail
