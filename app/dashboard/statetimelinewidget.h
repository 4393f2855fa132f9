// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "statustimeline.h"

#include <QtWidgets/QWidget>

// One instance's status over a span as a strip of coloured bands (a state timeline, as
// Grafana draws one): a band per stretch of equal status, hatched where it was not
// registered or history had not begun; the exact times are in each band's tooltip.
class StateTimelineWidget : public QWidget
{
    Q_OBJECT

public:
    explicit StateTimelineWidget(QWidget *parent = nullptr);

    void setTimeline(const StatusTimeline &timeline);
    StatusTimeline timeline() const { return m_timeline; }
    // "" shows the timeline; otherwise this text stands in for it ("Loading…").
    void setPlaceholder(const QString &text);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRect stripRect() const;
    int xOf(qint64 at) const;

    StatusTimeline m_timeline;
    QString m_placeholder;
};
