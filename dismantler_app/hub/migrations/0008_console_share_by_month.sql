-- 0008: the white-list share page reads counts per yard, receiver and month, kept by ingest in the statement that
-- adds the handover to console_handovers, instead of aggregating console_handovers (about 5 million handovers a
-- year at 2,000 yards: the page took 815 ms p95 at 1M events in benchmarks/hub_scale_bench.py). Append-only: once
-- released this file is never edited.

CREATE TABLE console_share_monthly (
    site_id text NOT NULL,
    receiver_id text NOT NULL,
    month date NOT NULL,                 -- the first day of the month the pack was handed over
    receiver_name text NOT NULL,         -- the greatest name the yards gave (as max() over the handovers did)
    total integer NOT NULL,
    listed integer NOT NULL,             -- white-listed when head office received the handover
    unknown integer NOT NULL,            -- head office had no list then
    PRIMARY KEY (site_id, receiver_id, month)
);
CREATE INDEX console_share_monthly_by_month ON console_share_monthly (month);

INSERT INTO console_share_monthly
SELECT site_id, receiver_id, date_trunc('month', handed_over_on)::date, max(receiver_name), count(*),
       count(*) FILTER (WHERE white_listed), count(*) FILTER (WHERE white_listed IS NULL)
FROM console_handovers GROUP BY 1, 2, 3;
