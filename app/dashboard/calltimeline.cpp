// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "calltimeline.h"

#include "statustext.h"

#include <QtGui/QPainter>

#include <algorithm>

using namespace Eureka;

namespace {
constexpr int RowHeight = 26;
constexpr int Margin = 8;
constexpr int AxisHeight = 18;
} // namespace

CallTimeline::CallTimeline(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void CallTimeline::setTraces(const QList<CallTrace> &traces)
{
    m_traces = traces;
    std::stable_sort(m_traces.begin(), m_traces.end(),
                     [](const CallTrace &a, const CallTrace &b) { return a.startedAt < b.startedAt; });
    updateGeometry();
    update();
}

QSize CallTimeline::sizeHint() const
{
    return {600, Margin * 2 + AxisHeight + RowHeight * int(std::max<qsizetype>(1, m_traces.size()))};
}

QSize CallTimeline::minimumSizeHint() const { return {200, Margin * 2 + AxisHeight + RowHeight}; }

QString CallTimeline::label(const CallTrace &t) const
{
    QString result;
    switch (t.outcome) {
    case CallOutcome::Succeeded: result = tr("HTTP %1 — answered").arg(t.httpStatus); break;
    case CallOutcome::Abandoned: result = tr("abandoned (another attempt won)"); break;
    case CallOutcome::Failed:
        result = t.httpStatus > 0 ? tr("HTTP %1").arg(t.httpStatus) : t.errorString;
        break;
    default: result = t.errorString; break;
    }
    return tr("#%1 %2 [%3] %4 ms%5: %6")
        .arg(t.attempt)
        .arg(t.instanceId, t.zone.isEmpty() ? tr("no zone") : t.zone)
        .arg(t.elapsedMs)
        .arg(t.hedged ? tr(", hedged") : QString(), result);
}

void CallTimeline::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    if (m_traces.isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("Run a call to see its attempts here."));
        return;
    }
    qint64 start = m_traces.first().startedAt, end = start + 1;
    for (const CallTrace &t : std::as_const(m_traces))
        end = std::max(end, t.startedAt + std::max<qint64>(1, t.elapsedMs));
    const double span = double(end - start);
    const QRect area = rect().adjusted(Margin, Margin, -Margin, -Margin - AxisHeight);
    const auto x = [&](qint64 t) { return area.left() + int(double(t - start) / span * area.width()); };

    // Axis with the total time at its end.
    p.setPen(pal.color(QPalette::Mid));
    const int axisY = area.bottom() + 6;
    p.drawLine(area.left(), axisY, area.right(), axisY);
    p.setPen(pal.color(QPalette::WindowText));
    p.drawText(QRect(area.left(), axisY + 2, area.width(), AxisHeight - 2), Qt::AlignLeft, QStringLiteral("0 ms"));
    p.drawText(QRect(area.left(), axisY + 2, area.width(), AxisHeight - 2), Qt::AlignRight,
               tr("%1 ms").arg(end - start));

    for (int i = 0; i < m_traces.size(); ++i) {
        const CallTrace &t = m_traces.at(i);
        const int top = area.top() + i * RowHeight;
        QRect bar(x(t.startedAt), top + 3, std::max(4, x(t.startedAt + t.elapsedMs) - x(t.startedAt)), RowHeight - 6);
        QColor color;
        switch (t.outcome) {
        case CallOutcome::Succeeded: color = StatusText::color(InstanceStatus::Up); break;
        case CallOutcome::Abandoned: color = StatusText::color(InstanceStatus::Unknown); break;
        default: color = StatusText::color(InstanceStatus::Down); break;
        }
        p.setPen(Qt::NoPen);
        color.setAlpha(t.outcome == CallOutcome::Succeeded ? 255 : 200);
        p.setBrush(color);
        p.drawRoundedRect(bar, 4, 4);
        // The label sits right of the bar when it fits, else inside it in white.
        const QString text = (t.outcome == CallOutcome::Succeeded ? QStringLiteral("★ ") : QString()) + label(t);
        const int textWidth = fontMetrics().horizontalAdvance(text);
        QRect textRect(bar.right() + 6, top, area.right() - bar.right() - 6, RowHeight);
        p.setPen(pal.color(QPalette::WindowText));
        if (textWidth > textRect.width()) {
            textRect = QRect(bar.left() + 6, top, std::max(bar.width(), area.width()) - 12, RowHeight);
            p.setPen(Qt::white);
        }
        p.drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft, fontMetrics().elidedText(text, Qt::ElideRight, textRect.width()));
    }
}
