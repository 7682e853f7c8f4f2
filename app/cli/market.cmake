# cryptolens-cli commands of core/market: target_sources(cryptolens-cli PRIVATE cli/xcommand.h cli/xcommand.cpp)
