#include "commandregistry.h"

#include "candlescommand.h"
#include "dbcommand.h"

namespace cl::cli {

std::vector<std::unique_ptr<Command>> createCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<DbCommand>());
    commands.push_back(std::make_unique<CandlesCommand>());
    return commands;
}

} // namespace cl::cli
