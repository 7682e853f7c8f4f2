# cryptolens-cli commands of core/analysis: target_sources(cryptolens-cli PRIVATE cli/xcommand.h cli/xcommand.cpp)
