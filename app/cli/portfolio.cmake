# cryptolens-cli commands of core/portfolio: target_sources(cryptolens-cli PRIVATE cli/xcommand.h cli/xcommand.cpp)
