// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "peerserversview.h"

#include "peerdifferencemodel.h"
#include "peerservermodel.h"
#include "peerservers.h"

#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QTableView>
#include <QtWidgets/QVBoxLayout>

PeerServersView::PeerServersView(QWidget *parent)
    : QWidget(parent)
    , m_verdict(new QLabel(this))
    , m_compare(new QPushButton(tr("Compare &now"), this))
    , m_serverView(new QTableView(this))
    , m_differenceView(new QTableView(this))
{
    m_verdict->setObjectName(QStringLiteral("peerVerdict"));
    m_verdict->setWordWrap(true);
    m_compare->setObjectName(QStringLiteral("compareButton"));
    connect(m_compare, &QPushButton::clicked, this, &PeerServersView::compare);
    for (QTableView *view : {m_serverView, m_differenceView}) {
        view->verticalHeader()->hide();
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->horizontalHeader()->setStretchLastSection(true);
        view->setWordWrap(false);
    }
    m_serverView->setObjectName(QStringLiteral("peerServerView"));
    m_differenceView->setObjectName(QStringLiteral("peerDifferenceView"));

    // Asked about for years (spring-cloud-netflix#860, #2430, #2986): what the status page's
    // "unavailable-replicas" really checks.
    auto *explanation = new QLabel(
        tr("<b>What Eureka calls an “unavailable replica”.</b> A Eureka server lists a peer under "
           "<i>unavailable-replicas</i> when its own registry holds no instance of its own application (the servers' "
           "<code>spring.application.name</code>) whose host name is exactly the host in that peer's URL. The peer may "
           "well be up and replicating: most often the servers do not register with each other "
           "(<code>registerWithEureka=false</code>), register under another application name, or under another host name "
           "or an IP address than the one in the peer URLs. The <i>Registered as</i> column says, for each server, what "
           "is registered with its host name. Different instance counts or statuses between servers are replication lag "
           "(seconds after a change) or a split (lasting)."),
        this);
    explanation->setWordWrap(true);
    explanation->setTextFormat(Qt::RichText);
    explanation->setObjectName(QStringLiteral("replicaExplanation"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_verdict, 1);
    top->addWidget(m_compare);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_serverView);
    split->addWidget(m_differenceView);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    layout->addWidget(explanation);
    setPeers(nullptr);
}

void PeerServersView::setPeers(PeerServers *peers)
{
    if (m_peers)
        disconnect(m_peers, nullptr, this, nullptr);
    m_peers = peers;
    m_serverView->setModel(peers ? peers->servers() : nullptr);
    m_differenceView->setModel(peers ? peers->differences() : nullptr);
    m_compare->setEnabled(peers != nullptr);
    if (peers) {
        connect(peers, &PeerServers::compared, this, &PeerServersView::showVerdict);
    }
    showVerdict();
}

void PeerServersView::compare()
{
    if (!m_peers)
        return;
    m_peers->refresh();
    m_verdict->setText(tr("Asking each server…"));
}

void PeerServersView::showVerdict()
{
    if (!m_peers)
        m_verdict->setText(tr("This profile finds its servers through DNS, or none is open: nothing to compare."));
    else if (m_peers->verdict().isEmpty())
        m_verdict->setText(tr("Not compared yet."));
    else
        m_verdict->setText(m_peers->verdict());
    if (m_peers) {
        m_serverView->resizeColumnsToContents();
        m_differenceView->resizeColumnsToContents();
    }
}

QString PeerServersView::verdict() const { return m_verdict->text(); }
