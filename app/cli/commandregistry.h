#pragma once

#include "command.h"

#include <memory>
#include <vector>

namespace cl::cli {

// Every top-level command of cryptolens-cli, in the order `--help` lists them.
std::vector<std::unique_ptr<Command>> createCommands();

} // namespace cl::cli
