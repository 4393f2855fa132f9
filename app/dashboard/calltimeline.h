// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <EurekaClient/calltrace.h>

#include <QtWidgets/QWidget>

// The attempts of one call on a time axis: one bar per attempt from its start to its end,
// coloured by outcome, labelled with instance, zone, latency and status or error; the
// attempt that won is marked.
class CallTimeline : public QWidget
{
    Q_OBJECT

public:
    explicit CallTimeline(QWidget *parent = nullptr);

    void setTraces(const QList<Eureka::CallTrace> &traces);
    QList<Eureka::CallTrace> traces() const { return m_traces; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString label(const Eureka::CallTrace &trace) const;

    QList<Eureka::CallTrace> m_traces; // by start time
};
