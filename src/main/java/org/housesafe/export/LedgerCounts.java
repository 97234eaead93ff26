package org.housesafe.export;

/**
 * The figures at the top of a ledger page, for the rows its filter matches.
 *
 * @param serious    judged 存在严重安全隐患
 * @param dangerous  appraised grade C or D
 * @param rectifying with a rectification or demolition still open
 */
record LedgerCounts(long total, long overdue, long closed, long serious, long dangerous, long rectifying) {
}
