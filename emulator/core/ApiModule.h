#pragma once

class EmulatorRouter;

// How much demo data to create; -1 = the demo default.
struct SeedOptions
{
    bool demo = true; // false = "--seed empty": only the admin user and its organizations
    int users = -1;
    int groups = -1;
    int partners = -1;
    int auditEvents = -1; // generated audit log history (--audit-events)
    int roles = 0; // extra user roles in the demo organization ("Team 1" …), spread over its users
};

// One API (or part of one): registers its routes and seeds its collections.
class ApiModule
{
public:
    virtual ~ApiModule() = default;
    virtual void registerRoutes(EmulatorRouter &router) = 0;
    virtual void seed(const SeedOptions &options) = 0; // called only when the store is empty
};
