#!/usr/bin/env python3
"""Adds Russian case endings to Cyrillic person-name words of people.tsv that have none.

    scripts/gazetteer/ru_name_cases.py [configs/gazetteer/people.tsv] [--write]

Russian wire copy declines foreign names ("с Джоном Махамой", "поблагодарил
Ивана Хиля", "встретился с Роналдом Ламолой"); a surface listed only in the
nominative misses every oblique case. For each capitalised Cyrillic word of a
people.tsv surface that carries no {...} alternatives yet, this appends the
endings of its declension class: consonant -> {,а,у,ом,е} (-ем after ж ш щ ч ц),
-й -> {й,я,ю,ем,е}, -ь -> {ь,я,ю,ем,е}, -а -> {а,ы,е,у,ой} (и after г к х ж ш
щ ч). Left alone: words ending in a vowel other than -а (indeclinable: Моди,
Гутерриш is consonant and declines), -ия/-я/-аа/-иа/-еа/-уа/-оа endings,
one- and two-letter words, lower-case particles (бен, аль-, фон, да, де),
words that look oblique already (-ем, -ым, -ой, ...) or start with a stem the line
declines elsewhere ('Сергея Лаврова' next to 'Лавров{,а,у,ым,е}'), name particles
(Аль, Абдель, Абу, Бен), surfaces with Roman numerals or titles (король, Папа, князь, султан), and
Serbian/Ukrainian/Belarusian native spellings. Without --write it prints the
changed lines (a forms a female consonant surname never takes, "Купера", is
harmless: no text contains it). Idempotent.
"""
import re
import sys

NON_RU = re.compile('[ћђјљњџєіїўґ]', re.I)
WORD = re.compile(r'(?<![\w{,\-\[])([А-ЯЁ][а-яёА-ЯЁ\-]*[а-яё])(?![\w{\-])')
TITLES = re.compile(r'\b(?:король|Король|Папа|папа|князь|князя|князю|султан|великий)\b')
ROMAN = re.compile(r'\b[IVX]+\b')


def endings(word):
    last_part = word.split('-')[-1]
    if len(last_part) < 3:
        return None
    c = word[-1]
    if c in 'бвгдзклмнпрстфх':
        return word + '{,а,у,ом,е}'
    if c in 'жшщчц':
        return word + '{,а,у,ем,е}'
    if c == 'й':
        return word[:-1] + '{й,я,ю,ем,е}'
    if c == 'ь':
        return word[:-1] + '{ь,я,ю,ем,е}'
    if c == 'а' and word[-2] not in 'аеиоуяэюё':
        gen = 'и' if word[-2] in 'гкхжшщч' else 'ы'
        return word[:-1] + '{а,%s,е,у,ой}' % gen
    return None


PARTICLES = {'Аль', 'Ал', 'Абдель', 'Абу', 'Бин', 'Бен', 'Ибн', 'Эль', 'Ас', 'Аш', 'Де', 'Да', 'Ди', 'Ла', 'Ле', 'Ван', 'Фон'}
OBLIQUE = re.compile('(?:ем|ым|им|ом|ой|ей|ого|его|ому|ему|ою|ею)$')


def fix_surface(s, declined):
    if not re.search('[а-яё]', s, re.I) or NON_RU.search(s) or TITLES.search(s) or ROMAN.search(s):
        return s

    def fix(m):
        w = m.group(1)
        inside_braces = s.count('{', 0, m.start()) > s.count('}', 0, m.start())
        if inside_braces or w in PARTICLES or OBLIQUE.search(w) or any(w.startswith(d) for d in declined):
            return w
        return endings(w) or w
    return WORD.sub(fix, s)


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    path = args[0] if args else 'configs/gazetteer/people.tsv'
    lines = open(path, encoding='utf-8').read().split('\n')
    changed = 0
    for i, line in enumerate(lines):
        if not line or line.startswith('#'):
            continue
        f = line.split('\t')
        if len(f) < 4:
            continue
        # stems the line declines already ('Лавров{,а,у,ым,е}'): their
        # listed oblique forms ('Сергея Лаврова') are left as written
        declined = {d for d in re.findall(r'([А-ЯЁ][а-яё\-]{3,})\{', f[3])}
        new = '|'.join(fix_surface(s, declined) for s in f[3].split('|'))
        if new != f[3]:
            f[3] = new
            lines[i] = '\t'.join(f)
            changed += 1
            if '--write' not in sys.argv:
                print(f'{i + 1}: {lines[i]}')
    if '--write' in sys.argv:
        open(path, 'w', encoding='utf-8').write('\n'.join(lines))
    print(f'{changed} lines changed', file=sys.stderr)


if __name__ == '__main__':
    main()
