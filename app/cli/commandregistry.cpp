#include "commandregistry.h"

#include "alertscommand.h"
#include "analyzecommand.h"
#include "backtestcommand.h"
#include "candlescommand.h"
#include "dbcommand.h"
#include "detectcommand.h"
#include "feedcommand.h"
#include "journalcommand.h"
#include "matrixcommand.h"
#include "metricscommand.h"
#include "portfoliocommand.h"
#include "replayservercommand.h"
#include "signalscommand.h"
#include "tradescommand.h"

namespace cl::cli {

std::vector<std::unique_ptr<Command>> createCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<DbCommand>());
    commands.push_back(std::make_unique<CandlesCommand>());
    commands.push_back(std::make_unique<PortfolioCommand>());
    commands.push_back(std::make_unique<TradesCommand>());
    commands.push_back(std::make_unique<MetricsCommand>());
    commands.push_back(std::make_unique<JournalCommand>());
    commands.push_back(std::make_unique<AnalyzeCommand>());
    commands.push_back(std::make_unique<DetectCommand>());
    commands.push_back(std::make_unique<MatrixCommand>());
    commands.push_back(std::make_unique<SignalsCommand>());
    commands.push_back(std::make_unique<ReplayServerCommand>());
    commands.push_back(std::make_unique<FeedCommand>());
    commands.push_back(std::make_unique<BacktestCommand>());
    commands.push_back(std::make_unique<AlertsCommand>());
    return commands;
}

} // namespace cl::cli
