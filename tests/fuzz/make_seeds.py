#!/usr/bin/env python3
"""Writes the hand-made seed corpora of tests/fuzz/corpus/<target>/.

Run from anywhere: python3 tests/fuzz/make_seeds.py. The files are committed;
this script documents how they were made and rewrites them identically.
Minimised crashes found by fuzzing are added to the same folders by hand
(named crash-<what>), not by this script, which leaves other files alone.
"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
CORPUS = os.path.join(HERE, "corpus")


def write(target, name, data):
    d = os.path.join(CORPUS, target)
    os.makedirs(d, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogatepass")
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


# ---------------------------------------------------------------- extract
# "lang\npublished_at\ntitle\ntext"
def article(lang, published, title, text):
    b = lambda s: s if isinstance(s, bytes) else s.encode("utf-8", "surrogatepass")
    return b(lang) + b"\n" + b(published) + b"\n" + b(title) + b"\n" + b(text)


E = "extract"
write(E, "en_html", article("en", "2025-03-04T10:00:00Z", "Aliyev meets Scholz",
      "<html><body><p>President <b>Ilham Aliyev</b> met German Chancellor Olaf Scholz in "
      "Baku on Tuesday.</p><script>alert('x')</script><p>He praised the &quot;strategic&quot; "
      "partnership &amp; thanked Germany for its aid.</p></body></html>"))
write(E, "de_article", article("de", "2024-11-12T09:00:00Z", "Aliyev trifft Vučić",
      "Präsident Ilham Aliyev hat am Mittwoch seinen serbischen Amtskollegen Aleksandar Vučić "
      "in Baku empfangen. Die beiden Staatschefs lobten die Beziehungen und unterzeichneten "
      "ein Abkommen über Energie. Aliyev sprach Belarus sein Beileid aus. Er lud Lukaschenko "
      "zu einem Besuch ein."))
write(E, "fr_es_ru_mixed", article("", "2025-01-31", "",
      "Le président Macron a rencontré son homologue azerbaïdjanais à Paris. "
      "El presidente Sánchez felicitó a Marruecos. "
      "Президент Путин провёл переговоры с Алиевым в Москве и поблагодарил его."))
write(E, "broken_utf8", article("de", "2025-03-04", "\xff\xfe",
      b"Pr\xc3sident Aliyev traf \xc0\xaf Putin \xed\xa0\x80 in \xf4\x90\x80\x80 Baku. "
      b"\xe2\x82 Er lobte \xf0\x9f die Beziehungen.\x80\x80\x80"))
write(E, "nul_bytes", article("en", "2025-03-04", "a\x00b",
      "President Aliyev\x00 met\x00\x00 Putin in Baku.\x00 He thanked\x00Russia."))
write(E, "one_letter_4mib", article("en", "", "", "a" * (4 << 20)))
write(E, "words_1mib", article("de", "2025-03-04", "", "Aliyev traf Putin. " * 55000))
write(E, "rtl_marks", article("ar", "2025-03-04", "\u202eAliyev",
      "\u200fPresident \u202bIlham Aliyev\u202c met \u2067Putin\u2069 in Baku. "
      "\u0627\u0644\u0631\u0626\u064a\u0633 \u0639\u0644\u064a\u064a\u0641 \u200e\u202d"))
write(E, "combining", article("de", "2025-03-04", "",
      "Pra\u0308sident Aliyev traf den franzo\u0301\u0308sischen Pra\u0308sidenten. "
      "Z" + "\u0301\u0302\u0303\u0304" * 2000 + " traf Putin. \u0308\u0308 lobte Baku."))
write(E, "surrogates_in_utf8", article("en", "2025-03-04", "",
      b"Aliyev \xed\xa0\xbd\xed\xb8\x80 met Putin \xed\xb0\x80. \xed\xaf\xbf thanked Russia."))
write(E, "bad_dates", article("en", "99999-99-99T99:99:99Z", "",
      "On 31 February 2025 and 0 March and March 99, 1 president Aliyev met Putin "
      "yesterday, on Monday, last year, the following day, 4294967296 days later."))
write(E, "bad_lang", article("\xff\x00zz", "-1", "", "Aliyev met Putin in Baku."))
write(E, "deep_punctuation", article("en", "", "", "(" * 20000 + "Aliyev met Putin" + ")" * 20000
      + " \"" * 5000 + ". . . . " * 5000 + "!?" * 5000))
write(E, "empty", b"")
write(E, "whitespace_only", article("de", "", "", " \t\r\n\u00a0\u2003\u200b\ufeff" * 100))
write(E, "long_sentence", article("en", "", "", "Aliyev and Putin and Macron and Scholz " * 3000
      + "met in Baku and praised each other."))
write(E, "numbers", article("de", "2025-03-04", "",
      "Am 3. März 2025 traf Aliyev Putin. 99999999999999999999999 Millionen Euro Hilfe "
      "sagte Deutschland Aserbaidschan zu. 1.2.3.4.5.6.7.8.9 " * 100))

# ---------------------------------------------------------------- decoder
D = "decoder"
write(D, "article", json.dumps({"id": "a1", "text": "Aliyev met Putin in Baku.", "title": "t",
      "source": "s", "url": "https://x", "published_at": "2025-03-04T10:00:00Z", "lang": "en"}))
write(D, "body_alias_int_id", '{"id": 42, "body": "Aliyev traf Putin.", "lang": null}')
write(D, "huge_numbers", '{"id": 18446744073709551616, "text": "x"}')
write(D, "huge_float_id", '{"id": 1e400, "text": "x", "title": -1e-400}')
write(D, "negative_id", '{"id": -9223372036854775808, "text": "x"}')
write(D, "deep_array", '{"id": "d", "text": "x", "extra": ' + "[" * 100000 + "]" * 100000 + "}")
write(D, "deep_object", '{"id": "d", "text": "x", "extra": ' + '{"a":' * 50000 + "1" + "}" * 50000 + "}")
write(D, "deep_unclosed", "[" * 200000)
write(D, "escaped_nul", '{"id": "n", "text": "a\\u0000b\\u0000", "title": "\\u0000"}')
write(D, "lone_surrogate_escape", '{"id": "s", "text": "\\ud800 x \\udc00"}')
write(D, "pair_surrogate_escape", '{"id": "s", "text": "\\ud83d\\ude00 ok"}')
write(D, "surrogates_in_utf8", b'{"id": "s", "text": "\xed\xa0\x80"}')
write(D, "broken_utf8", b'{"id": "b", "text": "Pr\xc3sident \xff"}')
write(D, "overlong", b'{"id": "o", "text": "\xc0\xaf\xe0\x80\xaf"}')
write(D, "too_large", '{"id": "big", "text": "' + "a" * ((1 << 20) + 10) + '"}')
write(D, "blank_text", '{"id": "b", "text": " \\t\\n "}')
write(D, "trailing_garbage", '{"id": "t", "text": "x"} {"id": "u"}')
write(D, "not_object", '["id", "text"]')
write(D, "empty", b"")
write(D, "duplicate_keys", '{"id": "a", "id": "b", "text": "x", "text": 5}')
write(D, "rtl_combining", json.dumps({"id": "r", "text": "\u202eAliyev\u0308\u0301 met \u200fPutin"},
      ensure_ascii=False))
write(D, "fields_event", b"\x02ev-1\nart-1\nMEETING\nmet\nAliyev met Putin.\n2025-03-04\n"
      b"Aliyev\nAZE\nenergy\nen")
write(D, "fields_broken_utf8", b"\x02\xff\n\xc0\xaf\nMEE\x00TING\n\xed\xa0\x80\n\xe2\x82\n"
      b"\n\x80\n\xf8\x88\x80\x80\x80\n\xf4\x90\x80\x80\n\xff\xfe")
proto = os.path.join(ROOT, "proto")
text_event = ('event_id: "ev-1" article_id: "a" type: "MEETING" cameo: "040" goldstein: 1 '
              'plover: "CONSULT" actors { name: "Ilham Aliyev" country: "AZE" role: "head_of_state" } '
              'targets { name: "Russia" country: "RUS" role: "state" } date: "2025-03-04" '
              'polarity: "neutral" tone: 0.1 lang: "en" trigger: "met" sentence: "Aliyev met Putin." '
              'evidence_start: 0 evidence_end: 17 confidence: 0.9 topics: "energy"')
try:
    pb = subprocess.run(["protoc", "-I", proto, "--encode=newswire.v1.Event", "newswire/v1/newswire.proto"],
                        input=text_event.encode(), capture_output=True, check=True).stdout
    write(D, "proto_event", b"\x01" + pb)
    write(D, "proto_event_truncated", b"\x01" + pb[: len(pb) // 2])
except (OSError, subprocess.CalledProcessError) as e:
    sys.exit("make_seeds.py: protoc failed: %s" % e)
write(D, "proto_garbage", b"\x01\xff\xff\xff\xff\x0f\x0a\x80\x80\x80\x80\x10")

# ---------------------------------------------------------------- config
C = "config"
with open(os.path.join(ROOT, "configs", "newswire.yaml"), "rb") as f:
    write(C, "newswire_yaml", f.read())
write(C, "env_overrides", "NEWSWIRE__KAFKA__BOOTSTRAP_SERVERS=broker:9092\n"
      "NEWSWIRE__TOPICS__INPUT=a,b\nNEWSWIRE__KAFKA__CONSUMER__SASL_PASSWORD=secret\n"
      "NEWSWIRE__ROUTING=[{types: [AID], topic: t}]\npipeline:\n  workers: 3\n")
write(C, "env_bad", "NEWSWIRE__PIPELINE__WORKERS=-1\nNEWSWIRE__NOPE=1\nNEWSWIRE__=x\n"
      "NEWSWIRE____=y\nNEWSWIRE__KAFKA=\n")
write(C, "huge_numbers", "pipeline:\n  workers: 99999999999999999999999\n  queue_capacity: -9223372036854775809\n"
      "  max_article_bytes: 1e400\ndelivery:\n  commit_interval_ms: .inf\n  max_batch: 0x7fffffffffffffff\n")
write(C, "unknown_keys", "nope: 1\nkafka:\n  nope: 2\n  consumer: [1, 2]\ntopics: 5\n")
write(C, "anchors_aliases", "a: &a [x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\n"
      "c: &c [*b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c]\n"
      "kafka: &k {group_id: g}\nx: *k\n")
write(C, "merge_keys", "base: &base {workers: 2}\npipeline:\n  <<: *base\n  queue_capacity: 10\n")
write(C, "deep_flow", "routing: " + "[" * 5000 + "]" * 5000 + "\n")
write(C, "deep_block", "".join("  " * i + "k%d:\n" % i for i in range(300)))
write(C, "tabs_and_garbage", "kafka:\n\tgroup_id: x\n: : :\n- - -\n{]\n")
write(C, "binary_tag", "kafka:\n  group_id: !!binary aGVsbG8=\n  consumer: !!map {a: !!str 1}\n")
write(C, "nul_and_utf8", b"kafka:\n  group_id: \"a\\0b\"\n  bootstrap_servers: \"\xff\xfe\"\n\x00")
write(C, "routing_bad", "routing:\n  - types: [NOPE, 5, [x]]\n    topic: ''\n  - 7\n  - {}\n")
write(C, "empty", b"")
write(C, "null_doc", "~\n")
write(C, "multi_doc", "kafka: {}\n---\nkafka: {}\n...\n")

# ---------------------------------------------------------------- lexicon
# first byte % 11: 0 event_types, 1..5 <lang>.tsv (de en fr es ru), 6..10 sentiment_<lang>.tsv
L = "lexicon"
write(L, "event_type", "\x00SANCTION\t163\t-8.0\tSANCTION\tnegative\t-0.6\ttarget")
write(L, "event_type_bad_numbers", "\x00AID\tx\tnan\tAID\tpositive\tinf")
write(L, "event_type_short", "\x00X\t1")
write(L, "pattern_gap", "\x01MEETING\ttraf ... zusammen $\tv")
write(L, "pattern_only_stars", "\x02PRAISE\t* ** *** ... $ ...\tvnc")
write(L, "pattern_unknown_class", "\x03@nope\tx")
write(L, "pattern_month_bad", "\x04@month\tjanvier\t13")
write(L, "pattern_month_huge", "\x04@month\tjanvier\t99999999999999999999")
write(L, "pattern_role_empty", "\x05@role\tpresident")
write(L, "pattern_long", "\x01MEETING\t" + " ".join("wort%d" % i for i in range(400)) + "\tv")
write(L, "pattern_gaps_many", "\x02MEETING\t" + " ... ".join(["met"] * 200) + "\tv")
write(L, "pattern_broken_utf8", b"\x05VISIT\t\xff\xc3 \xed\xa0\x80*\tn")
write(L, "pattern_combining", "\x01PRAISE\tpra\u0308sident* *\u0301\tv")
write(L, "sentiment", "\x06gut\t0.5\n@intens\tsehr\t2")
write(L, "sentiment_bad", "\x07@intens\n@intens\tx\n@intens\tx\t9")
write(L, "sentiment_star", "\x08*\t1\n**\t-1")
write(L, "nul_line", "\x01MEETING\tt\x00raf\tv")

# ---------------------------------------------------------------- gazetteer
# first byte % 5: 0 states_cldr, 1 states, 2 organisations, 3 people, 4 roles
G = "gazetteer"
write(G, "state_line", "\x01AZE\ten\tcity\tGanja|Gəncə")
write(G, "state_conflict", "\x01DEU\ten\tcapital\tBaku")
write(G, "state_missing_lang", "\x00FRA\tde\tname\tFrankreich")
write(G, "optional_nested", "\x03AZE\tminister\tX Y\t[[A ]B ]C{,s}|[D{,e} ]E{a,b,}|{,}|[]|{}")
write(G, "braces_unbalanced", "\x03AZE\tminister\tX\t[A {b,c]|D}|{|[|]")
write(G, "short_stem", "\x01AZE\tde\tadjective\taser*")
write(G, "star_only", "\x01AZE\tde\tadjective\t*|**|^*|~*")
write(G, "case_marks", "\x02NATO\ten\tabbreviation\t^NATO|~Nato|^|~\nNATO\ten\tcanonical\tNATO")
write(G, "org_with_state_code", "\x02AZE\ten\tname\tAzerbaijan Org")
write(G, "role_bad_number", "\x04de\tminister\tmany\tMinister")
write(G, "role_unknown_lang", "\x04xx\tminister\tsg\tMinister")
write(G, "broken_utf8", b"\x01AZE\tde\tcity\t\xff\xfe|\xc3|\xed\xa0\x80")
write(G, "combining_rtl", "\x01AZE\ten\tcity\tGa\u0308nja|\u202eBaku|\u200f")
write(G, "many_alternatives", "\x03AZE\tminister\tX\t" + "A{" + ",".join("x%d" % i for i in range(500)) + "}")
write(G, "nested_alternatives", "\x03AZE\tminister\tX\t" + "[A{,b} " * 12 + "Z" + "]" * 12)
write(G, "not_span", "\x01AZE\ten\tnot\tBaku Ganja Baku")
write(G, "nul_line", "\x04de\trole\tsg\tPr\x00sident")
print("seeds written to", CORPUS)
