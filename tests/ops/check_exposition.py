"""`promtool check metrics` (the Prometheus naming and format linter) on the
exposition served by HttpServer + PipelineMetrics, with and without consumer
lag series; plus the families every deployment artefact relies on.

usage: check_exposition.py PROMTOOL"""

import subprocess
import sys

from opslib import Checker, Fixture, http_get

REQUIRED = [
    "newswire_build_info", "newswire_articles_consumed_total", "newswire_events_produced_total",
    "newswire_analyses_produced_total", "newswire_dlq_records_total",
    "newswire_article_processing_seconds", "newswire_end_to_end_latency_seconds",
    "newswire_consumer_lag_messages", "newswire_producer_queue_messages",
    "newswire_transactions_committed_total", "newswire_transactions_aborted_total",
    "newswire_rebalances_total", "newswire_config_reloads_total", "newswire_kafka_brokers_up",
    "newswire_ready", "process_cpu_seconds_total", "process_resident_memory_bytes",
]
# Families that appear only once librdkafka statistics arrived.
FROM_STATS = {"newswire_consumer_lag_messages", "newswire_kafka_brokers_up"}


def main():
    promtool = sys.argv[1]
    c = Checker("exposition")
    for args, with_stats in ((["--ready"], True), (["--not-ready"], False)):
        with Fixture(*args, with_stats=with_stats) as fx:
            status, body = http_get(fx.url + "/metrics")
            c.expect(status == 200, f"/metrics answered {status}")
            lint = subprocess.run([promtool, "check", "metrics"], input=body, text=True,
                                  capture_output=True)
            c.expect(lint.returncode == 0,
                     f"promtool check metrics ({args}):\n{lint.stdout}{lint.stderr}")
            types = {line.split()[2] for line in body.splitlines()
                     if line.startswith("# TYPE ")}
            for name in REQUIRED:
                if name in FROM_STATS and not with_stats:
                    c.expect(name not in types, f"{name} must not exist before statistics")
                    continue
                c.expect(name in types, f"family {name} missing ({args})")
            if with_stats:
                c.expect('newswire_consumer_lag_messages{partition="2",topic="news.articles"} 50'
                         in body, "lag from the librdkafka stats sample not exported")
            ready_line = "newswire_ready 1" if "--ready" in args else "newswire_ready 0"
            c.expect(f"\n{ready_line}\n" in body, f"expected {ready_line}")
    c.done()


if __name__ == "__main__":
    main()
