"""Every limit on input in one place, so they are easy to find and to change."""

import datetime

# A norm file or an audit is a few hundred kilobytes at most; 5 MiB leaves ample room
# and refuses a runaway file before it is read into memory.
MAX_FILE_BYTES = 5 * 1024 * 1024

# YAML anchors and aliases can make a small file expand into a huge tree
# ("billion laughs"); this caps the size of the tree with every alias expanded.
MAX_EXPANDED_NODES = 100_000  # a full audit or framework has a few thousand

# Deeper nesting than this is never a real norm file or audit.
MAX_NESTING_DEPTH = 40

# The longest single text (a finding, a note) an audit accepts, and the longest name.
MAX_TEXT_CHARS = 100_000
MAX_LINE_CHARS = 500

# The report bounds an audit. WeasyPrint lays out the example audits in about 5 s, and
# every item a norm lists (above all evidence, a line of four parts) and every KiB of text
# add to that, memory alike. At the earlier limits (5 MiB, 200 items per list) the largest
# audit took minutes and gigabytes, and its PDF had too many objects for `verify`; with the
# limits below it takes about three times as long as an example (some 14 s when that takes
# 4.5 s) and under 300 MB, within the goal of 20 s and 600 MB (benchmarks/bench_largest.py;
# 25 items per norm took five times as long).
# An audit file: the examples are about 50 KiB; five times that is a very thorough audit.
MAX_AUDIT_BYTES = 256 * 1024
# What one norm lists in the report: its evidence, strengths, improvement points and the
# points followed up from the previous audit, together. The examples have about six.
MAX_NORM_ITEMS = 15
# The most items in any other list of an audit (auditors, participants, signatories).
MAX_LIST_ITEMS = 50

# The most problems listed at once; the rest are counted.
MAX_PROBLEMS_SHOWN = 100

# Dates in an audit or a framework lie in these years; anything else is a typing error,
# and refusing it keeps every date calculation (validity, deadlines) in range.
FIRST_YEAR = 1900
LAST_YEAR = 2999

# How long a save waits for another save of the same audit before it says so.
LOCK_WAIT_SECONDS = 5.0

# The branch adopted the label on 1 December 2016; no audit for it starts earlier.
LABEL_ADOPTED = datetime.date(2016, 12, 1)

# A report that `verify` reads: the largest real report is a few megabytes, with a few
# thousand objects nested a few levels deep. Beyond these a PDF is refused before it is
# read any further, so that a hostile file costs seconds, not minutes or gigabytes.
MAX_PDF_BYTES = 64 * 1024 * 1024
MAX_PDF_OBJECTS = 50_000
MAX_PDF_DEPTH = 64
