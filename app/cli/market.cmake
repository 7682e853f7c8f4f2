# cryptolens-cli commands of core/market: target_sources(cryptolens-cli PRIVATE cli/xcommand.h cli/xcommand.cpp)
target_sources(cryptolens-cli PRIVATE cli/replayservercommand.h cli/replayservercommand.cpp)
target_sources(cryptolens-cli PRIVATE cli/feedcommand.h cli/feedcommand.cpp)
