// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtWidgets/QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
class QTableView;
QT_END_NAMESPACE

class PeerServers;

// The Servers view: each server of the cluster side by side, what they disagree on, and what
// Eureka means by an "unavailable replica".
class PeerServersView : public QWidget
{
    Q_OBJECT

public:
    explicit PeerServersView(QWidget *parent = nullptr);

    // Null: the profile finds its servers through DNS, or there is no cluster.
    void setPeers(PeerServers *peers);
    QTableView *serverView() const { return m_serverView; }
    QTableView *differenceView() const { return m_differenceView; }
    QString verdict() const;

public Q_SLOTS:
    void compare();

private:
    void showVerdict();

    PeerServers *m_peers = nullptr;
    QLabel *m_verdict;
    QPushButton *m_compare;
    QTableView *m_serverView;
    QTableView *m_differenceView;
};
