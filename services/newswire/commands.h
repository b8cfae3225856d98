// Subcommands of the newswire binary. Each takes the arguments after the
// subcommand name and returns the process exit code.
//   0  success
//   1  the work ran but something failed (a bad input line, a bad config)
//   2  usage error (unknown option, missing argument)
#pragma once

#include <string>
#include <vector>

namespace newswire::cli {

using Args = std::vector<std::string>;

int Main(int argc, char** argv);

int RunCommand(const Args& args);
int ExtractCommand(const Args& args);
int CheckConfigCommand(const Args& args);
int EvalCommand(const Args& args);

// The configs/ directory used when none is given: ./configs if it exists,
// else <dir of the executable>/../../configs (build/bin/newswire in a
// checkout), else "configs".
std::string DefaultConfigsDir();

}  // namespace newswire::cli
