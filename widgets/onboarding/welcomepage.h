// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QProgressBar;
class QPushButton;

namespace Steward {

// The first start: with no inventory yet, says in plain words what Steward needs (the group's servers) and
// offers the ways to get them (import ~/.ssh/config, import an Ansible inventory, add one by hand), or to
// practise on the lab first. It only asks: the application does the work with the Servers panel's own
// actions and the lab's start, and tells the page how the lab's start goes.
class WelcomePage : public QFrame
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    // Whether the Servers panel shows the built-in example (no inventory file yet) or nothing at all.
    void setExampleShown(bool shown);

    // Whether the lab can be started from the window (its script is installed). When not, the lab's button
    // is off and the page says which command opens Steward on the lab.
    void setLabAvailable(bool available);
    // The lab is starting: the busy bar, what the lab says now (line), and Cancel.
    void showLabStarting(const QString &line);
    // The lab's start ended: error is why it failed (shown), empty when it worked or was cancelled.
    void showLabStopped(const QString &error);
    bool isLabStarting() const;
    // What the page says about the lab now (the last line, or the error), for tests.
    QString labText() const;

signals:
    void importSshConfigRequested();
    void importAnsibleRequested();
    void addServerRequested();
    void labRequested();
    void labCancelRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();

    QLabel *m_intro;
    QLabel *m_later = nullptr;
    QPushButton *m_sshConfig;
    QPushButton *m_ansible;
    QPushButton *m_add;
    QPushButton *m_lab;
    QLabel *m_labNote;
    QWidget *m_labProgress;
    QProgressBar *m_labBar;
    QLabel *m_labLine;
    QPushButton *m_labCancel;
    bool m_labAvailable = true;
};

} // namespace Steward
