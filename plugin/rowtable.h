/* rowtable.h - a statistics table of one row per key (a call, an AOR)
 * whose cells are rewritten as the capture goes on, for
 * register_stat_tap_table_ui(): one registration gives `tshark -z` and
 * the GUI dialog (Telephony menu).
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef SIPDIAG_ROWTABLE_H
#define SIPDIAG_ROWTABLE_H

#include <wireshark.h>

#include <epan/packet.h>
#include <epan/stat_tap_ui.h>

/* Where each key's row is, for one table. */
typedef struct {
    GHashTable *index;    /* key (owned) -> row + 1 */
} sipdiag_rows_t;

/* The stat_tap_init_cb: makes the table named name on first use, else
 * empties it (the GUI calls it again each time the dialog fills). */
void sipdiag_rows_init(stat_tap_table_ui *ui, const char *name, unsigned columns,
                       sipdiag_rows_t *rows);

/* The stat_tap_reset_table_cb: no rows left. */
void sipdiag_rows_reset(stat_tap_table *table, sipdiag_rows_t *rows);

/* The stat_tap_free_table_item_cb: strings are owned by the table. */
void sipdiag_rows_free_item(stat_tap_table *table, unsigned row, unsigned column,
                            stat_tap_table_item_type *cell);

/* Writes key's row (appended when new) with cells[0..columns): their
 * strings are copied. */
void sipdiag_rows_set(stat_tap_table *table, sipdiag_rows_t *rows, const char *key,
                      const stat_tap_table_item_type *cells);

/* The first table of a stat_data_t given to a packet callback. */
stat_tap_table *sipdiag_rows_table(void *tapdata);

/* Cell makers. */
stat_tap_table_item_type sipdiag_cell_uint(unsigned value);
stat_tap_table_item_type sipdiag_cell_string(const char *value); /* NULL: "-" */

#endif /* SIPDIAG_ROWTABLE_H */
