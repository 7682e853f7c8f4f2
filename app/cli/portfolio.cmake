# cryptolens-cli commands of core/portfolio: target_sources(cryptolens-cli PRIVATE cli/xcommand.h cli/xcommand.cpp)
target_sources(cryptolens-cli PRIVATE
    cli/portfoliocommand.h cli/portfoliocommand.cpp
    cli/tradescommand.h cli/tradescommand.cpp
    cli/metricscommand.h cli/metricscommand.cpp
    cli/journalcommand.h cli/journalcommand.cpp
)
