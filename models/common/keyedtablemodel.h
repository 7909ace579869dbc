// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace Steward {

// A flat table of T whose rows are replaced by a new list without a reset: rows whose key is gone are
// removed, new keys inserted where they belong, and rows that stayed get dataChanged when they differ, so
// selection and scroll position survive a refresh (STYLE.md: never a full reset for a small change). A key
// that moves is removed and inserted again.
template<typename T, typename Key>
class KeyedTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    const QList<T> &rows() const { return m_rows; }
    const T &rowAt(int row) const { return m_rows.at(row); }
    // The row of key, or -1.
    int rowOf(const Key &key) const
    {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (keyOf(m_rows.at(i)) == key)
                return i;
        }
        return -1;
    }

protected:
    virtual Key keyOf(const T &row) const = 0;
    virtual bool same(const T &a, const T &b) const = 0;

    void setRows(const QList<T> &fresh)
    {
        QList<Key> freshKeys;
        freshKeys.reserve(fresh.size());
        for (const T &t : fresh)
            freshKeys.append(keyOf(t));
        // Rows whose key is gone, from the end, in runs.
        for (int i = int(m_rows.size()) - 1; i >= 0;) {
            if (freshKeys.contains(keyOf(m_rows.at(i)))) {
                --i;
                continue;
            }
            int first = i;
            while (first > 0 && !freshKeys.contains(keyOf(m_rows.at(first - 1))))
                --first;
            beginRemoveRows({}, first, i);
            m_rows.remove(first, i - first + 1);
            endRemoveRows();
            i = first - 1;
        }
        // Fresh in order: keep in place, move (remove + insert), or insert.
        for (int i = 0; i < fresh.size(); ++i) {
            int at = -1;
            for (int j = i; j < m_rows.size(); ++j) {
                if (keyOf(m_rows.at(j)) == freshKeys.at(i)) {
                    at = j;
                    break;
                }
            }
            if (at == i) {
                if (!same(m_rows.at(i), fresh.at(i))) {
                    m_rows[i] = fresh.at(i);
                    Q_EMIT this->dataChanged(index(i, 0), index(i, columnCount() - 1));
                }
                continue;
            }
            if (at > i) {
                beginRemoveRows({}, at, at);
                m_rows.removeAt(at);
                endRemoveRows();
            }
            beginInsertRows({}, i, i);
            m_rows.insert(i, fresh.at(i));
            endInsertRows();
        }
    }

    QList<T> m_rows;
};

} // namespace Steward
