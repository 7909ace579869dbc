// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/inventory/server.h"
#include "core/result.h"
#include "core/runbook/runbook.h"
#include "core/servers/sessionconnector.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <functional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace Steward {

class MessageWidget;
class RunStepModel;
namespace Ssh {
class Session;
}
namespace Runbook {
class RunEngine;
}

// The Runbook panel: the upgrade night step by step. Choose a runbook and a server, fill its parameters,
// look at the dry run (exactly what each step will send), start it (confirmed), or open a run that exists on
// the server (after a dropped connection, from another laptop). The steps show their status as the run's
// journal on the server tells it; the selected step its explanation and output. Where a person decides (a
// confirmation, a failed step, a blocked gate), the decision bar says what and offers approve, retry, skip
// or override (with a typed reason) and stop. The RunEngine (core) does the work; the panel shows.
class RunbookPanel : public QWidget
{
    Q_OBJECT

public:
    RunbookPanel(SessionConnector connector,
                 QNetworkAccessManager *network,
                 QWidget *parent = nullptr);
    ~RunbookPanel() override;

    void setServers(const ServerList &servers);
    // Where an announcement's admin token comes from (the keychain, in the application).
    void setTokenProvider(
        std::function<void(const Server &, QObject *, std::function<void(Result<QString>)>)> provider)
    {
        m_tokenProvider = std::move(provider);
    }
    // Reloads the runbooks (shipped and the user's).
    void reloadRunbooks();

    // As the buttons do (for tests and other panels).
    bool selectRunbook(const QString &id);
    bool selectServer(const QString &name);
    void setParameter(const QString &name, const QString &value);
    // Chooses the runbook and server and fills the parameters given (from the upgrade plan), saying
    // which are still to fill.
    void prepare(const QString &runbookId,
                 const QString &server,
                 const QHash<QString, QString> &parameters);
    QString dryRunText();
    // The announcement as it will be posted with the parameters now, and its character count against
    // the instance's limit (setCharacterLimit; Mastodon's default 500 until the server's is known).
    QString announcementText() const;
    void setCharacterLimit(const QString &server, int maxCharacters);
    // The open run's transcript (Markdown, redacted), shown in the output pane; saveTranscript writes it.
    QString transcriptText() const;
    void showTranscript();
    bool saveTranscript(const QString &path);
    void startRun(); // asks first
    void openRun(const QString &runId);
    void approve();
    void retry();
    void skip(const QString &reason);
    void overrideGate(const QString &reason);
    void stopRun(const QString &reason);

    Runbook::RunEngine *engine() const;
    RunStepModel *steps() const { return m_steps; }
    QString statusText() const;
    QString decisionText() const;
    QString outputText() const;
    QString messageText() const;

signals:
    void runFinished();
    // "Open in Logs": the selected step's output, for the Logs panel (searchable, savable).
    void openOutput(const QString &label, const QByteArray &output);
    void decisionNeeded();

private:
    void showRunbook();
    void buildParameters();
    QHash<QString, QString> parameters() const;
    std::optional<Server> currentServer() const;
    void attach(Runbook::RunEngine *engine);
    void updateState();
    void updateDecision();
    void showStep();
    void updateAnnouncement();

    SessionConnector m_connector;
    QNetworkAccessManager *m_network;
    ServerList m_servers;
    QList<Runbook::Runbook> m_runbooks;
    QComboBox *m_runbookBox;
    QComboBox *m_serverBox;
    QLabel *m_description;
    QFormLayout *m_parameterForm;
    QHash<QString, QWidget *> m_parameterFields;
    QPushButton *m_dryRun;
    QPushButton *m_start;
    QLineEdit *m_runId;
    QPushButton *m_open;
    QLabel *m_announcement;
    QHash<QString, int> m_characterLimits; // server → its instance's max_characters
    QPushButton *m_transcript;
    QPushButton *m_export;
    QPushButton *m_openInLogs;
    MessageWidget *m_message;
    QLabel *m_status;
    QTableView *m_stepView;
    RunStepModel *m_steps;
    QLabel *m_explanation;
    QPlainTextEdit *m_output;
    QWidget *m_decisionBar;
    QLabel *m_decision;
    QLineEdit *m_reason;
    QPushButton *m_approve;
    QPushButton *m_retry;
    QPushButton *m_skip;
    QPushButton *m_override;
    QPushButton *m_stop;
    QPointer<Runbook::RunEngine> m_engine;
    QHash<QString, QByteArray> m_outputs; // step → output seen (redacted by the engine)
    std::function<void(const Server &, QObject *, std::function<void(Result<QString>)>)>
        m_tokenProvider;
};

} // namespace Steward
