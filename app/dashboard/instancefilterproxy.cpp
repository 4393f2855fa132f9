// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "instancefilterproxy.h"

#include "instancetablemodel.h"

#include <QtCore/QDateTime>

InstanceFilterProxy::InstanceFilterProxy(QObject *parent)
    : SortFilterTableProxy(parent)
{
    setSortRole(InstanceTableModel::SortRole);
}

void InstanceFilterProxy::setSourceModel(QAbstractItemModel *source)
{
    if (auto *previous = qobject_cast<InstanceTableModel *>(sourceModel()))
        disconnect(previous, nullptr, this, nullptr);
    SortFilterTableProxy::setSourceModel(source);
    if (auto *instances = qobject_cast<InstanceTableModel *>(source)) {
        connect(instances, &InstanceTableModel::changesApplied, this, &SortFilterTableProxy::settle);
        connect(instances, &InstanceTableModel::rowsAboutToBeRemovedTogether, this,
                [this](const QList<int> &rows) { prepareRemoval(std::vector<int>(rows.cbegin(), rows.cend())); });
    }
}

bool InstanceFilterProxy::filtersRows() const
{
    return !m_app.isEmpty() || !m_zone.isEmpty() || m_status || !m_words.isEmpty() || m_lapsedOnly || m_problemsOnly;
}

void InstanceFilterProxy::setApplication(const QString &app)
{
    if (app == m_app)
        return;
    m_app = app;
    invalidateRowsFilter();
}

void InstanceFilterProxy::setZone(const QString &zone)
{
    if (zone == m_zone)
        return;
    m_zone = zone;
    invalidateRowsFilter();
}

void InstanceFilterProxy::setStatus(std::optional<Eureka::InstanceStatus> status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidateRowsFilter();
}

void InstanceFilterProxy::setLapsedOnly(bool lapsedOnly)
{
    if (lapsedOnly == m_lapsedOnly)
        return;
    m_lapsedOnly = lapsedOnly;
    m_now = m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
    invalidateRowsFilter();
}

void InstanceFilterProxy::setProblemsOnly(bool problemsOnly)
{
    if (problemsOnly == m_problemsOnly)
        return;
    m_problemsOnly = problemsOnly;
    m_now = m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
    invalidateRowsFilter();
}

void InstanceFilterProxy::refreshLapsed()
{
    if (!m_lapsedOnly && !m_problemsOnly)
        return;
    m_now = m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
    invalidateRowsFilter();
}

void InstanceFilterProxy::setSearchText(const QString &text)
{
    QStringList words;
    QList<std::pair<QString, QString>> metadata;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        // "team=payments": that metadata key with exactly that value (the value's case ignored).
        const qsizetype equals = word.indexOf(QLatin1Char('='));
        if (equals > 0)
            metadata.append({word.left(equals), word.mid(equals + 1)});
        else
            words.append(word.toLower());
    }
    if (words == m_words && metadata == m_metadata)
        return;
    m_words = words;
    m_metadata = metadata;
    invalidateRowsFilter();
}

bool InstanceFilterProxy::filterAcceptsRow(int sourceRow) const
{
    const QAbstractItemModel *model = sourceModel();
    const auto cell = [&](int column, int role = Qt::DisplayRole) {
        return model->data(model->index(sourceRow, column), role);
    };
    if (!m_app.isEmpty() && cell(InstanceTableModel::App).toString() != m_app)
        return false;
    if (!m_zone.isEmpty() && cell(InstanceTableModel::Zone).toString() != m_zone)
        return false;
    if (m_status && cell(InstanceTableModel::Status, InstanceTableModel::StatusRole).toInt() != int(*m_status))
        return false;
    if (m_lapsedOnly || m_problemsOnly) {
        const auto *instances = qobject_cast<const InstanceTableModel *>(model);
        const bool lapsed = instances && instances->leaseTimingAt(sourceRow).lapsedAt(m_now);
        if (m_lapsedOnly && !lapsed)
            return false;
        if (m_problemsOnly && !lapsed) {
            const auto status = Eureka::InstanceStatus(cell(InstanceTableModel::Status, InstanceTableModel::StatusRole).toInt());
            if (status != Eureka::InstanceStatus::Down && status != Eureka::InstanceStatus::OutOfService)
                return false;
        }
    }
    if (!m_metadata.isEmpty()) {
        const auto info = cell(0, InstanceTableModel::InstanceRole).value<Eureka::InstanceInfo>();
        for (const auto &[key, value] : m_metadata) {
            if (info.metadataValue(key).compare(value, Qt::CaseInsensitive) != 0)
                return false;
        }
    }
    if (m_words.isEmpty())
        return true;
    const QString text = cell(0, InstanceTableModel::SearchTextRole).toString();
    for (const QString &word : m_words) {
        if (!text.contains(word))
            return false;
    }
    return true;
}
