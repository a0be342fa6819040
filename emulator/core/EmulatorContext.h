#pragma once

class EmulatorStore;
class Outbox;
class TokenRegistry;
struct EmulatorOptions;

// What the server set-up hands to the API modules it constructs.
struct EmulatorContext
{
    EmulatorStore &store;
    Outbox &outbox;
    TokenRegistry &tokens;
    const EmulatorOptions &options;
};
