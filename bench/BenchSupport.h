#pragma once

// Shared by the database benchmarks: connections acting as a persona, timing and statistics.
// Benchmarks print figures (medians, percentiles, ratios); they never assert.

#include <chrono>
#include <memory>
#include <pqxx/pqxx>
#include <string>
#include <vector>

namespace benchsupport {

// --dsn DSN from the command line, else DICEDESK_TEST_DSN (set by `dicedesk-db sandbox`).
std::string dsnFromArguments(int argc, char **argv);
// The integer after --name on the command line, else fallback.
long long intArgument(int argc, char **argv, const std::string &name, long long fallback);
bool flagArgument(int argc, char **argv, const std::string &name);

// A connection as the DSN's own role (the sandbox superuser).
std::unique_ptr<pqxx::connection> connect(const std::string &dsn);
// A trusted session acting as user (empty: the platform server), the way the console's
// operator mode does: SET ROLE service_role plus request.jwt.claims. superuserSetup runs first,
// while the session is still superuser (e.g. SET track_functions = 'all').
std::unique_ptr<pqxx::connection> connectAs(const std::string &dsn, const std::string &user,
                                            const std::string &superuserSetup = {});

std::string fixedUuid(char kind, long long number);
std::string uuidArray(const std::vector<std::string> &ids);
// Unique per process start, so reruns against one database use fresh keys.
std::string runNonce();

double median(std::vector<double> values);
// Nearest-rank percentile, fraction in [0, 1].
double percentile(std::vector<double> values, double fraction);
std::string format(double value, int decimals = 1);
std::string joined(const std::vector<double> &values, int decimals = 1);
// "met" / "MISSED" for a figure against an upper (or lower) bound.
std::string verdict(double value, double target, bool atMost = true);

class Stopwatch
{
public:
    Stopwatch()
        : m_start(std::chrono::steady_clock::now())
    {}
    double ms() const
    {
        return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - m_start)
            .count();
    }

private:
    std::chrono::steady_clock::time_point m_start;
};

// One figure line: "[bench] what: figure".
void print(const std::string &bench, const std::string &what, const std::string &figure);
// The server and machine the figures were measured on.
void printConditions(const std::string &bench, pqxx::connection &connection);

long long count(pqxx::connection &connection, const std::string &sql);

} // namespace benchsupport
