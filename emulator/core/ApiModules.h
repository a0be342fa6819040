#pragma once

#include "emulator/core/ApiModule.h"

#include <memory>
#include <vector>

struct EmulatorContext;

// Constructs every API module (see ApiModules.cpp: one line per module).
std::vector<std::unique_ptr<ApiModule>> createApiModules(EmulatorContext &context);
