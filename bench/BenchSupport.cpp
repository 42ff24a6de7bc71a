#include "BenchSupport.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <random>
#include <sstream>
#include <thread>

namespace benchsupport {

std::string dsnFromArguments(int argc, char **argv)
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::string(argv[i]) == "--dsn")
            return argv[i + 1];
    }
    const char *fromEnvironment = std::getenv("DICEDESK_TEST_DSN");
    if (!fromEnvironment || !*fromEnvironment) {
        std::cerr << argv[0]
                  << ": no database: pass --dsn DSN or run inside `dicedesk-db sandbox`\n";
        std::exit(2);
    }
    return fromEnvironment;
}

long long intArgument(int argc, char **argv, const std::string &name, long long fallback)
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (argv[i] == name)
            return std::atoll(argv[i + 1]);
    }
    return fallback;
}

bool flagArgument(int argc, char **argv, const std::string &name)
{
    for (int i = 1; i < argc; ++i) {
        if (argv[i] == name)
            return true;
    }
    return false;
}

std::unique_ptr<pqxx::connection> connect(const std::string &dsn)
{
    return std::make_unique<pqxx::connection>(dsn);
}

std::unique_ptr<pqxx::connection> connectAs(const std::string &dsn, const std::string &user,
                                            const std::string &superuserSetup)
{
    auto connection = std::make_unique<pqxx::connection>(dsn);
    pqxx::nontransaction tx(*connection);
    if (!superuserSetup.empty())
        tx.exec(superuserSetup);
    tx.exec("SET ROLE service_role");
    const std::string claims = user.empty() ? std::string(R"({"role":"service_role"})")
                                            : R"({"role":"service_role","sub":")" + user + "\"}";
    tx.exec_params("SELECT set_config('request.jwt.claims', $1, false)", claims);
    return connection;
}

std::string fixedUuid(char kind, long long number)
{
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%c0000000-0000-4000-8000-%012lld", kind, number);
    return buffer;
}

std::string uuidArray(const std::vector<std::string> &ids)
{
    std::string out = "{";
    for (size_t i = 0; i < ids.size(); ++i) {
        if (i)
            out += ',';
        out += ids[i];
    }
    return out + "}";
}

std::string runNonce()
{
    static const std::string nonce =
        std::to_string(std::chrono::duration_cast<std::chrono::milliseconds>(
                           std::chrono::system_clock::now().time_since_epoch())
                           .count() %
                       1000000000);
    return nonce;
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

double percentile(std::vector<double> values, double fraction)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = size_t(std::ceil(fraction * double(values.size())));
    return values[std::clamp<size_t>(rank, 1, values.size()) - 1];
}

std::string format(double value, int decimals)
{
    std::ostringstream out;
    out.setf(std::ios::fixed);
    out.precision(decimals);
    out << value;
    return out.str();
}

std::string joined(const std::vector<double> &values, int decimals)
{
    std::string out;
    for (double value : values)
        out += (out.empty() ? "" : " ") + format(value, decimals);
    return out;
}

std::string verdict(double value, double target, bool atMost)
{
    return (atMost ? value <= target : value >= target) ? "met" : "MISSED";
}

void print(const std::string &bench, const std::string &what, const std::string &figure)
{
    std::cout << "[" << bench << "] " << what << ": " << figure << std::endl;
}

void printConditions(const std::string &bench, pqxx::connection &connection)
{
    pqxx::nontransaction tx(connection);
    const pqxx::row row =
        tx.exec1("SELECT current_setting('server_version'), current_setting('shared_buffers'), "
                 "current_setting('fsync'), current_setting('synchronous_commit'), "
                 "current_setting('max_parallel_workers_per_gather')");
    double load = 0;
    std::ifstream("/proc/loadavg") >> load;
    print(bench, "conditions",
          "PostgreSQL " + row[0].as<std::string>() + ", shared_buffers " +
              row[1].as<std::string>() + ", fsync " + row[2].as<std::string>() +
              ", synchronous_commit " + row[3].as<std::string>() + ", " +
              std::to_string(std::thread::hardware_concurrency()) + " CPUs, load average " +
              format(load, 2) + " at start");
}

long long count(pqxx::connection &connection, const std::string &sql)
{
    pqxx::nontransaction tx(connection);
    return tx.exec1(sql)[0].as<long long>();
}

} // namespace benchsupport
