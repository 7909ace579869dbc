// SPDX-License-Identifier: GPL-3.0-or-later
// A server's tool for bench_status, as cheap as a process can be: named docker, systemctl, df, lsblk or lvs
// (a symbolic link), it prints the lab's real output of that tool from $STEWARD_BENCH_TOOLS. While the file
// "paced" is there, it first waits as long as the real tool takes on a server (sleeping, no CPU): docker
// compose ps asks dockerd about every container, lvs scans the devices.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <string>

#include <fcntl.h>
#include <unistd.h>

namespace {

bool print(const std::string &path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    char buffer[65536];
    ssize_t n;
    while ((n = ::read(fd, buffer, sizeof buffer)) > 0) {
        for (ssize_t done = 0; done < n;) {
            const ssize_t w = ::write(STDOUT_FILENO, buffer + done, size_t(n - done));
            if (w <= 0)
                return false;
            done += w;
        }
    }
    ::close(fd);
    return n == 0;
}

} // namespace

int main(int argc, char **argv)
{
    const char *dir = std::getenv("STEWARD_BENCH_TOOLS");
    if (!dir || argc < 1)
        return 2;
    const char *slash = std::strrchr(argv[0], '/');
    const std::string name = slash ? slash + 1 : argv[0];
    const std::string first = argc > 1 ? argv[1] : "";
    std::string file;
    int waitMs = 0;
    if (name == "docker") {
        file = "lab-compose-ps-lines.json";
        waitMs = 250;
    } else if (name == "systemctl" && first == "show") {
        file = "lab-systemctl-show.txt";
        waitMs = 20;
    } else if (name == "systemctl" && first == "list-timers") {
        file = "lab-list-timers.txt";
        waitMs = 30;
    } else if (name == "df") {
        file = "lab-df.txt";
    } else if (name == "lsblk") {
        file = "lab-lsblk.json";
    } else if (name == "lvs") {
        file = "lab-lvs.json";
        waitMs = 80;
    } else {
        std::fprintf(stderr, "%s: not one of the bench's tools\n", name.c_str());
        return 1;
    }
    const std::string base = std::string(dir) + '/';
    if (waitMs > 0 && ::access((base + "paced").c_str(), F_OK) == 0) {
        const timespec pause{waitMs / 1000, (waitMs % 1000) * 1000000L};
        ::nanosleep(&pause, nullptr);
    }
    return print(base + file) ? 0 : 1;
}
