// newswire: the daemon and its tools. main() only dispatches; every
// subcommand lives in its own file and the work in the libraries.
#include "newswire/commands.h"

int main(int argc, char** argv) { return newswire::cli::Main(argc, argv); }
