/* rowtable.c - one row per key in a stat_tap_table (rowtable.h).
 *
 * Rows are stat_tap_init_table_row()'s: it grows the table when asked for
 * the row past its end, and each row's cells stay where they are, which
 * the GUI dialog relies on (its items keep a pointer to them).
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "rowtable.h"
#include "ws_compat.h"

void
sipdiag_rows_free_item(stat_tap_table *table _U_, unsigned row _U_, unsigned column _U_,
                       stat_tap_table_item_type *cell)
{
    if (cell->type == TABLE_ITEM_STRING) {
        g_free((char *)cell->value.string_value);
        cell->value.string_value = NULL;
    }
}

void
sipdiag_rows_reset(stat_tap_table *table, sipdiag_rows_t *rows)
{
    for (unsigned row = 0; row < table->num_elements; row++) {
        for (unsigned column = 0; column < table->num_fields; column++)
            sipdiag_rows_free_item(table, row, column, &table->elements[row][column]);
        g_free(table->elements[row]);
    }
    g_free(table->elements);
    table->elements = NULL;
    table->num_elements = 0;
    if (rows->index != NULL)
        g_hash_table_remove_all(rows->index);
}

void
sipdiag_rows_init(stat_tap_table_ui *ui, const char *name, unsigned columns,
                  sipdiag_rows_t *rows)
{
    if (rows->index == NULL)
        rows->index = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    stat_tap_table *table = stat_tap_find_table(ui, name);
    if (table != NULL) {
        sipdiag_rows_reset(table, rows);
        return;
    }
    stat_tap_add_table(ui, stat_tap_init_table(name, (int)columns, 0, NULL));
    g_hash_table_remove_all(rows->index);
}

void
sipdiag_rows_set(stat_tap_table *table, sipdiag_rows_t *rows, const char *key,
                 const stat_tap_table_item_type *cells)
{
    unsigned row = GPOINTER_TO_UINT(g_hash_table_lookup(rows->index, key));
    if (row == 0) {
        row = table->num_elements + 1;
        g_hash_table_insert(rows->index, g_strdup(key), GUINT_TO_POINTER(row));
    } else {
        for (unsigned column = 0; column < table->num_fields; column++)
            sipdiag_rows_free_item(table, row - 1, column, &table->elements[row - 1][column]);
    }
    stat_tap_table_item_type copy[16];
    unsigned columns = MIN(table->num_fields, G_N_ELEMENTS(copy));
    for (unsigned column = 0; column < columns; column++) {
        copy[column] = cells[column];
        if (cells[column].type == TABLE_ITEM_STRING)
            copy[column].value.string_value = g_strdup(cells[column].value.string_value);
    }
    stat_tap_init_table_row(table, row - 1, columns, copy);
}

stat_tap_table *
sipdiag_rows_table(void *tapdata)
{
    stat_data_t *stat_data = tapdata;
    return g_array_index(stat_data->stat_tap_data->tables, stat_tap_table *, 0);
}

stat_tap_table_item_type
sipdiag_cell_uint(unsigned value)
{
    stat_tap_table_item_type cell = { .type = TABLE_ITEM_UINT };
    cell.value.uint_value = value;
    return cell;
}

stat_tap_table_item_type
sipdiag_cell_string(const char *value)
{
    stat_tap_table_item_type cell = { .type = TABLE_ITEM_STRING };
    cell.value.string_value = value != NULL ? value : "-";
    return cell;
}
