#include "command.h"

// Command is an interface; its out-of-line pieces live with each command.
