# cryptolens-cli commands of core/backtest: target_sources(cryptolens-cli PRIVATE cli/xcommand.h cli/xcommand.cpp)
target_sources(cryptolens-cli PRIVATE cli/backtestcommand.h cli/backtestcommand.cpp)
