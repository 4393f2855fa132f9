// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "statetimelinewidget.h"

#include "durationtext.h"
#include "statustext.h"

#include <QtCore/QDateTime>
#include <QtGui/QHelpEvent>
#include <QtGui/QPainter>
#include <QtWidgets/QToolTip>

using namespace Eureka;

namespace {
constexpr int StripHeight = 18;
constexpr int AxisHeight = 16;
} // namespace

StateTimelineWidget::StateTimelineWidget(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void StateTimelineWidget::setTimeline(const StatusTimeline &timeline)
{
    m_timeline = timeline;
    m_placeholder.clear();
    update();
}

void StateTimelineWidget::setPlaceholder(const QString &text)
{
    m_placeholder = text;
    update();
}

QSize StateTimelineWidget::sizeHint() const { return {400, StripHeight + AxisHeight + 4}; }
QSize StateTimelineWidget::minimumSizeHint() const { return {120, StripHeight + AxisHeight + 4}; }

QRect StateTimelineWidget::stripRect() const { return {1, 1, width() - 2, StripHeight}; }

int StateTimelineWidget::xOf(qint64 at) const
{
    const QRect strip = stripRect();
    const qint64 span = std::max<qint64>(1, m_timeline.to - m_timeline.from);
    return strip.left() + int(double(at - m_timeline.from) / double(span) * strip.width());
}

void StateTimelineWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QPalette pal = palette();
    const QRect strip = stripRect();
    p.setPen(pal.color(QPalette::Mid));
    p.setBrush(QBrush(pal.color(QPalette::Mid), Qt::BDiagPattern)); // not registered, or no history yet
    p.drawRect(strip.adjusted(0, 0, -1, -1));
    if (!m_placeholder.isEmpty()) {
        p.setPen(pal.color(QPalette::WindowText));
        p.drawText(strip, Qt::AlignCenter, m_placeholder);
        return;
    }
    p.setPen(Qt::NoPen);
    for (const StatusTimeline::Band &band : std::as_const(m_timeline.bands)) {
        const int left = xOf(band.from), right = std::max(left + 1, xOf(band.to));
        p.setBrush(StatusText::color(band.status));
        p.drawRect(QRect(left, strip.top(), right - left, strip.height()));
    }
    // The axis: how far back the strip starts, and now.
    p.setPen(pal.color(QPalette::WindowText));
    const QRect axis(strip.left(), strip.bottom() + 2, strip.width(), AxisHeight);
    p.drawText(axis, Qt::AlignLeft | Qt::AlignVCenter, DurationText::ago(m_timeline.to - m_timeline.from));
    p.drawText(axis, Qt::AlignRight | Qt::AlignVCenter, tr("now"));
}

bool StateTimelineWidget::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    const auto *help = static_cast<QHelpEvent *>(event);
    const auto time = [](qint64 at) { return QDateTime::fromMSecsSinceEpoch(at).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")); };
    QString text = tr("Not registered, or before the history began");
    for (const StatusTimeline::Band &band : std::as_const(m_timeline.bands)) {
        if (help->pos().x() >= xOf(band.from) && help->pos().x() <= xOf(band.to)) {
            text = tr("%1 from %2 to %3 (%4)")
                       .arg(StatusText::name(band.status), time(band.from), time(band.to), DurationText::span(band.to - band.from));
            break;
        }
    }
    if (m_placeholder.isEmpty() && stripRect().contains(help->pos()))
        QToolTip::showText(help->globalPos(), text, this);
    else
        QToolTip::hideText();
    return true;
}
